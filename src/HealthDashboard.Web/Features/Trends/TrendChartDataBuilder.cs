using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>Turns a <see cref="TrendView"/> into what trends.js draws, formatting every label in the current culture.</summary>
public static class TrendChartDataBuilder
{
    public static TrendChartData From(string id, TrendView view, bool wall, TrendsText text, OverviewText numbers)
    {
        var vi = Bilingual.IsVietnamese;
        var lines = view.Lines.Select(line => new TrendChartLine(
            line.Unit.Code,
            line.Unit.Name(vi),
            line.Role.ToString().ToLowerInvariant(),
            line.Points.Select(p => ChartFormat.X(p.Period)).ToList(),
            line.Points.Select(p => p.Result.Value!.Value).ToList(),
            line.Points.Select(p => $"{TrendsText.PeriodLabel(p.Period)}: {ChartFormat.Label(numbers, view.Indicator, p.Result, Pick("KTC 95%", "95% CI"))}").ToList()))
            .ToList();
        var path = view.TargetPath.Select(s =>
        {
            var goal = $"{text.Target} {s.Goal.Year}: {ComparatorSymbols.ToDisplay(s.Goal.Comparator)} {ChartFormat.Value(numbers, view.Indicator, s.Goal.Value)} ({s.Goal.PlanCode})";
            return s is { FromYear: { } fromYear, FromValue: { } fromValue }
                ? new TrendChartSegment([ChartFormat.X(fromYear), ChartFormat.X(s.Goal.Year)], [fromValue, s.Goal.Value],
                    [$"{(s.FromActual ? text.ActualBaseline : text.Baseline)} {fromYear}: {ChartFormat.Value(numbers, view.Indicator, fromValue)}", goal])
                : new TrendChartSegment([ChartFormat.X(s.Goal.Year)], [s.Goal.Value], [goal]);
        }).ToList();
        var tickFormat = view.PeriodType switch
        {
            PeriodType.Year => "%Y",
            _ => vi ? "%m/%Y" : "%b %Y",
        };
        var unitLabel = numbers.Unit(view.Indicator.Unit);
        return new TrendChartData(id, wall, ChartFormat.Separators, tickFormat, view.PeriodType == PeriodType.Year, unitLabel, view.SnapshotVersion,
            new TrendChartLabels(text.Peers, text.Roadmap), lines, path);
    }

    private static string Pick(string vi, string en) => Bilingual.Pick(vi, en);
}
