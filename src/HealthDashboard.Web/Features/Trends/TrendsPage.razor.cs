using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.ViewQueries;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Trends;

/// <summary><c>/trends?indicator=&amp;unit=&amp;periodType=</c>: the chart, its controls and exports; all state is in the link.</summary>
public sealed partial class TrendsPage
{
    private static readonly PeriodType[] PeriodTypes = [Domain.Periods.PeriodType.Month, Domain.Periods.PeriodType.Quarter, Domain.Periods.PeriodType.Year];

    [SupplyParameterFromQuery(Name = "periodType")]
    public string? PeriodType { get; set; }

    private string SelectedPeriodType => View is { } v ? ViewQueryReader.Name(v.PeriodType) : PeriodType ?? "year";

    private (string, string?)[] ExportQuery => [("indicator", SelectedIndicator), ("unit", SelectedUnit), ("periodType", SelectedPeriodType)];

    protected override Indicator IndicatorOf(TrendView view) => view.Indicator;

    protected override OrgUnit UnitOf(TrendView view) => view.Unit;

    protected override bool MatchesRest(TrendView view) => ViewQueryReader.Name(view.PeriodType) == (PeriodType ?? "year").ToLowerInvariant();

    private void OnIndicatorChanged(string? code) => Go(Link(code, SelectedUnit, SelectedPeriodType));

    private void SetPeriodType(string type) => Go(Link(SelectedIndicator, SelectedUnit, type));

    private void OnUnitPicked(string code) => Go(Link(SelectedIndicator, code, SelectedPeriodType));

    public static string Link(string? indicator, string? unit, string? periodType) =>
        ViewLink.For("/trends", ("indicator", indicator), ("unit", unit), ("periodType", periodType));

    private static string RankingLink(TrendView view) => Rankings.RankingsPage.Link(view.Indicator.Code, view.Unit.Code, null);
}
