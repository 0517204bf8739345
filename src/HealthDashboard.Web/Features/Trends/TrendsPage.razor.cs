using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Features.ViewQueries;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Trends;

/// <summary><c>/trends?indicator=&amp;unit=&amp;periodType=</c>: the chart, its controls and exports; all state is in the link.</summary>
public sealed partial class TrendsPage : IDisposable
{
    private static readonly PeriodType[] PeriodTypes = [Domain.Periods.PeriodType.Month, Domain.Periods.PeriodType.Quarter, Domain.Periods.PeriodType.Year];

    private IReadOnlyList<Indicator> _indicators = [];
    private TrendView? _view;
    private IReadOnlyList<Domain.OrgUnits.OrgUnit> _children = [];
    private CircuitCulture _culture;

    [SupplyParameterFromQuery(Name = "indicator")]
    public string? Indicator { get; set; }

    [SupplyParameterFromQuery(Name = "unit")]
    public string? Unit { get; set; }

    [SupplyParameterFromQuery(Name = "periodType")]
    public string? PeriodType { get; set; }

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
    private NavigationManager Navigation { get; set; } = default!;

    private string SelectedIndicator => _view?.Indicator.Code ?? Indicator ?? ViewQueryReader.DefaultIndicator;

    private string SelectedPeriodType => _view is { } v ? ViewQueryReader.Name(v.PeriodType) : PeriodType ?? "year";

    private (string, string?)[] ExportQuery => [("indicator", SelectedIndicator), ("unit", _view?.Unit.Code ?? Unit), ("periodType", SelectedPeriodType)];

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
        }

        // A new link is shown by the chart; until it reports, the old heading must not claim the new figures.
        if (_view is { } v && !Same(v))
        {
            _view = null;
        }
    }

    private bool Same(TrendView view) =>
        string.Equals(view.Indicator.Code, Indicator ?? ViewQueryReader.DefaultIndicator, StringComparison.OrdinalIgnoreCase)
        && (Unit is null || string.Equals(view.Unit.Code, Unit, StringComparison.OrdinalIgnoreCase))
        && ViewQueryReader.Name(view.PeriodType) == (PeriodType ?? "year").ToLowerInvariant();

    private async Task OnLoaded(TrendView view)
    {
        _view = view;
        _children = (await Units.TreeAsync()).ChildrenOf(view.Unit);
    }

    private void OnUnitPicked(string code) => Go(SelectedIndicator, code, SelectedPeriodType);

    private void OnIndicatorChanged(ChangeEventArgs e) => Go(e.Value?.ToString(), _view?.Unit.Code ?? Unit, SelectedPeriodType);

    private void SetPeriodType(string type) => Go(SelectedIndicator, _view?.Unit.Code ?? Unit, type);

    // Replace, not push: the back button leaves the page instead of stepping through every toggle.
    private void Go(string? indicator, string? unit, string? periodType) =>
        Navigation.NavigateTo(Link(indicator, unit, periodType), replace: true);

    public static string Link(string? indicator, string? unit, string? periodType) =>
        "/trends?" + string.Join("&", new[] { ("indicator", indicator), ("unit", unit), ("periodType", periodType) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    private static string RankingLink(TrendView view) => Rankings.RankingsPage.Link(view.Indicator.Code, view.Unit.Code, null);

    private void OnReadinessChanged() => InvokeAsync(async () =>
    {
        _culture.Apply();
        await OnParametersSetAsync();
        StateHasChanged();
    });

    public void Dispose() => Readiness.Changed -= OnReadinessChanged;
}
