using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.ViewQueries;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Rankings;

/// <summary><c>/rankings?indicator=&amp;unit=&amp;period=YYYY</c>: a unit's children ranked, with the table and exports.</summary>
public sealed partial class RankingsPage : IDisposable
{
    private IReadOnlyList<Indicator> _indicators = [];
    private IReadOnlyList<int> _years = [];
    private int _currentYear;
    private RankingView? _view;
    private IReadOnlyList<Domain.OrgUnits.OrgUnit> _children = [];
    private CircuitCulture _culture;

    [SupplyParameterFromQuery(Name = "indicator")]
    public string? Indicator { get; set; }

    [SupplyParameterFromQuery(Name = "unit")]
    public string? Unit { get; set; }

    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    /// <summary><c>wall=true</c> previews the chart as a wall slide shows it (dark, large text); text, so any other value is just "no".</summary>
    [SupplyParameterFromQuery(Name = "wall")]
    public string? Wall { get; set; }

    [Inject]
    private DataReadiness Readiness { get; set; } = default!;

    [Inject]
    private CatalogCache Catalog { get; set; } = default!;

    [Inject]
    private OrgUnitCache Units { get; set; } = default!;

    [Inject]
    private SnapshotHolder Snapshots { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string SelectedIndicator => _view?.Indicator.Code ?? Indicator ?? ViewQueryReader.DefaultIndicator;

    private string? SelectedYear => _view?.Year.ToString(CultureInfo.InvariantCulture) ?? Period;

    private (string, string?)[] ExportQuery => [("indicator", SelectedIndicator), ("unit", _view?.Unit.Code ?? Unit), ("period", SelectedYear)];

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        Readiness.Changed += OnReadinessChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Readiness.IsReady && _indicators.Count == 0)
        {
            _indicators = (await Catalog.CatalogAsync()).Indicators;
            _currentYear = (await Snapshots.GetAsync()).AsOf.Year;
            _years = Enumerable.Range(OverviewService.FirstYear, _currentYear - OverviewService.FirstYear + 1).Reverse().ToList();
        }

        if (_view is { } v && !Same(v))
        {
            _view = null;
        }
    }

    private bool Same(RankingView view) =>
        string.Equals(view.Indicator.Code, Indicator ?? ViewQueryReader.DefaultIndicator, StringComparison.OrdinalIgnoreCase)
        && (Unit is null || string.Equals(view.Unit.Code, Unit, StringComparison.OrdinalIgnoreCase))
        && (Period is null || view.Year.ToString(CultureInfo.InvariantCulture) == Period);

    private async Task OnLoaded(RankingView view)
    {
        _view = view;
        _children = (await Units.TreeAsync()).ChildrenOf(view.Unit);
    }

    private void OnUnitPicked(string code) => Go(SelectedIndicator, code, SelectedYear);

    private void OnIndicatorChanged(ChangeEventArgs e) => Go(e.Value?.ToString(), _view?.Unit.Code ?? Unit, SelectedYear);

    private void OnYearChanged(ChangeEventArgs e) => Go(SelectedIndicator, _view?.Unit.Code ?? Unit, e.Value?.ToString());

    // Replace, not push: the back button leaves the page instead of stepping through every choice.
    private void Go(string? indicator, string? unit, string? year) => Navigation.NavigateTo(Link(indicator, unit, year), replace: true);

    public static string Link(string? indicator, string? unit, string? year) =>
        "/rankings?" + string.Join("&", new[] { ("indicator", indicator), ("unit", unit), ("period", year) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    private void OnReadinessChanged() => InvokeAsync(async () =>
    {
        _culture.Apply();
        await OnParametersSetAsync();
        StateHasChanged();
    });

    public void Dispose() => Readiness.Changed -= OnReadinessChanged;
}
