using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Trends;
using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Features.Rankings;

/// <summary>Turns a <see cref="RankingView"/> into bars for trends.js; children without data stay off the chart (the page lists them).</summary>
public static class RankingChartDataBuilder
{
    public static RankingChartData From(string id, RankingView view, bool wall, RankingsText text, OverviewText numbers)
    {
        var vi = Bilingual.IsVietnamese;
        var bars = view.Rows.Where(r => r.Result.HasValue).Select(r => new RankingChartBar(
            r.Unit.Code,
            r.Unit.Name(vi),
            r.Result.Value!.Value,
            ChartFormat.Label(numbers, view.Indicator, r.Result, text.Interval),
            TargetStatusNames.Of(r.Status.Status),
            text.StatusName(r.Status.Status, true),
            r.Result.SmallDenominator)).ToList();
        var targetLabel = view.Target is { } t
            ? $"{text.Target} {t.Year}: {ComparatorSymbols.ToDisplay(t.Comparator)} {ChartFormat.Value(numbers, view.Indicator, t.Value)}"
            : null;
        return new RankingChartData(id, wall, ChartFormat.Separators, numbers.Unit(view.Indicator.Unit), view.SnapshotVersion,
            view.Target?.Value, targetLabel, bars);
    }
}
