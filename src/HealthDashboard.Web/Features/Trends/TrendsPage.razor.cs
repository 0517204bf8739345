using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.ViewQueries;
using HealthDashboard.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Trends;

/// <summary><c>/trends?indicator=&amp;unit=&amp;periodType=</c>: the chart, its controls and exports; all state is in the link.</summary>
public sealed partial class TrendsPage
{
    private static readonly PeriodType[] PeriodTypes = [Domain.Periods.PeriodType.Month, Domain.Periods.PeriodType.Quarter, Domain.Periods.PeriodType.Year];

    [SupplyParameterFromQuery(Name = "periodType")]
    public string? PeriodType { get; set; }

    /// <summary>peers (default), parent or none.</summary>
    [SupplyParameterFromQuery(Name = "compare")]
    public string? Compare { get; set; }

    /// <summary>Units picked to compare with, codes separated by commas.</summary>
    [SupplyParameterFromQuery(Name = "with")]
    public string? With { get; set; }

    /// <summary>The time range's first year.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [Inject]
    private TrendService TrendData { get; set; } = default!;


    /// <summary>The years a range may start at: the data's first to this one.</summary>
    private IEnumerable<string> FromYears => Enumerable.Range(Overview.OverviewService.FirstYear, TrendData.LastYear - Overview.OverviewService.FirstYear + 1)
        .Reverse().Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>A <c>from</c> that is not a year with data, echoed in the message that says all years are shown.</summary>
    private string? BadFrom => !string.IsNullOrWhiteSpace(From) && TrendData.FromYear(From) is null
        ? (From.Length > 40 ? From[..40] + "…" : From)
        : null;

    private TrendComparison Comparison => Parsed.Set;

    /// <summary>The link's comparison and, when its <c>compare=</c> makes no sense, that text.</summary>
    private (TrendComparison Set, string? Problem) Parsed => (TrendComparison.Parse(Compare, With, out var problem), problem);

    private string SelectedPeriodType => View is { } v ? ViewQueryReader.Name(v.PeriodType) : PeriodType ?? "year";

    private (string, string?)[] ExportQuery =>
        [("indicator", SelectedIndicator), ("unit", SelectedUnit), ("periodType", SelectedPeriodType), ("compare", Compare), ("with", With), ("from", From)];

    protected override Indicator IndicatorOf(TrendView view) => view.Indicator;

    protected override OrgUnit UnitOf(TrendView view) => view.Unit;

    // With no period type asked for, the chart's default (years, or quarters for a commune) is the view's.
    protected override bool MatchesRest(TrendView view) =>
        string.IsNullOrWhiteSpace(PeriodType) || ViewQueryReader.Name(view.PeriodType) == PeriodType.ToLowerInvariant();

    // The period type is kept only when it was asked for: a commune's default (quarters) stays a default.
    private void OnIndicatorChanged(string? code) => Go(Link(code, SelectedUnit, PeriodType, Compare, With, From));

    private void SetPeriodType(string type) => Go(Link(SelectedIndicator, SelectedUnit, type, Compare, With, From));

    private void OnUnitPicked(string code) => Go(Link(SelectedIndicator, code, PeriodType, Compare, With, From));

    private void SetCompare(string name) => Go(Link(SelectedIndicator, SelectedUnit, PeriodType, name == "peers" ? null : name, With, From));

    private void SetFrom(string? year) => Go(Link(SelectedIndicator, SelectedUnit, PeriodType, Compare, With, string.IsNullOrEmpty(year) ? null : year));

    private void AddPicked(OrgUnit? unit)
    {
        if (unit is not null && Comparison.Picked.Count < TrendComparison.MostPicked)
        {
            Go(Link(SelectedIndicator, SelectedUnit, PeriodType, Compare, TrendComparison.WithText(Comparison.Picked.Append(unit.Code).Distinct()), From));
        }
    }

    private void RemovePicked(string code) =>
        Go(Link(SelectedIndicator, SelectedUnit, PeriodType, Compare, TrendComparison.WithText(Comparison.Picked.Where(c => c != code)), From));

    private string PickedName(string code) => View?.Lines.FirstOrDefault(l => l.Unit.Code.Equals(code, StringComparison.OrdinalIgnoreCase))?.Unit.Name(Bilingual.IsVietnamese) ?? code;

    public static string Link(string? indicator, string? unit, string? periodType, string? compare = null, string? with = null, string? from = null) =>
        ViewLink.For("/trends", ("indicator", indicator), ("unit", unit), ("periodType", periodType), ("compare", compare), ("with", with), ("from", from));

    private static string RankingLink(TrendView view) => Rankings.RankingsPage.Link(view.Indicator.Code, view.Unit.Code, null);
}
