using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.ViewQueries;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Rankings;

/// <summary><c>/rankings?indicator=&amp;unit=&amp;period=YYYY</c>: a unit's children ranked, with the table and exports.</summary>
public sealed partial class RankingsPage
{
    private IReadOnlyList<int> _years = [];
    private int _lastYear;

    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    [Inject]
    private Jobs.ReportingClock Reporting { get; set; } = default!;

    private string? SelectedYear => View?.Year.ToString(CultureInfo.InvariantCulture) ?? Period;

    private (string, string?)[] ExportQuery => [("indicator", SelectedIndicator), ("unit", SelectedUnit), ("period", SelectedYear)];

    protected override Task OnReadyAsync()
    {
        // Up to the year of the last month whose reports are all due: in early January, the year before.
        _lastYear = Reporting.Calendar.LastDueMonth.Year;
        _years = Enumerable.Range(OverviewService.FirstYear, _lastYear - OverviewService.FirstYear + 1).Reverse().ToList();
        return Task.CompletedTask;
    }

    protected override Indicator IndicatorOf(RankingView view) => view.Indicator;

    protected override OrgUnit UnitOf(RankingView view) => view.Unit;

    protected override bool MatchesRest(RankingView view) => Period is null || view.Year.ToString(CultureInfo.InvariantCulture) == Period;

    private void OnIndicatorChanged(string? code) => Go(Link(code, SelectedUnit, SelectedYear));

    private void OnYearChanged(string? year) => Go(Link(SelectedIndicator, SelectedUnit, year));

    private void OnUnitPicked(string code) => Go(Link(SelectedIndicator, code, SelectedYear));

    public static string Link(string? indicator, string? unit, string? year) =>
        ViewLink.For("/rankings", ("indicator", indicator), ("unit", unit), ("period", year));
}
