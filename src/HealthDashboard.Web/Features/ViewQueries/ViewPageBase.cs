using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.ViewQueries;

/// <summary>
/// What the trends and rankings pages share: the link's indicator, unit and wall flag, the indicator list and unit
/// picker, the view their chart last reported, and navigation that rewrites the link in place.
/// </summary>
public abstract class ViewPageBase<TView> : ComponentBase, IDisposable
    where TView : class
{
    private CircuitCulture _culture;

    [SupplyParameterFromQuery(Name = "indicator")]
    public string? Indicator { get; set; }

    [SupplyParameterFromQuery(Name = "unit")]
    public string? Unit { get; set; }

    /// <summary><c>wall=true</c> previews the chart as a wall slide shows it (dark, large text); text, so any other value is just "no".</summary>
    [SupplyParameterFromQuery(Name = "wall")]
    public string? Wall { get; set; }

    [Inject]
    protected DataReadiness Readiness { get; set; } = default!;

    [Inject]
    private CatalogCache Catalog { get; set; } = default!;

    [Inject]
    private OrgUnitCache Units { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    /// <summary>What the chart shows now; null until it reports, and again as soon as the link asks for something else.</summary>
    protected TView? View { get; private set; }

    protected IReadOnlyList<OrgUnit> Children { get; private set; } = [];

    protected bool IsWall => string.Equals(Wall, "true", StringComparison.OrdinalIgnoreCase);

    protected string SelectedIndicator => View is { } v ? IndicatorOf(v).Code : Indicator ?? ViewQueryReader.DefaultIndicator;

    protected string? SelectedUnit => View is { } v ? UnitOf(v).Code : Unit;

    protected abstract Indicator IndicatorOf(TView view);

    protected abstract OrgUnit UnitOf(TView view);

    /// <summary>Whether the view answers the link's other parts (period type, year).</summary>
    protected abstract bool MatchesRest(TView view);

    /// <summary>Reads what the page's controls need once the data is ready.</summary>
    protected virtual Task OnReadyAsync() => Task.CompletedTask;

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        Readiness.Changed += OnReadinessChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Readiness.IsReady && Indicators.Count == 0)
        {
            Indicators = (await Catalog.CatalogAsync()).Indicators;
            await OnReadyAsync();
        }

        // Until the chart reports the new link's figures, the heading must not claim them.
        if (View is { } v && !Matches(v))
        {
            View = null;
        }
    }

    private bool Matches(TView view) =>
        string.Equals(IndicatorOf(view).Code, Indicator ?? ViewQueryReader.DefaultIndicator, StringComparison.OrdinalIgnoreCase)
        && (Unit is null || string.Equals(UnitOf(view).Code, Unit, StringComparison.OrdinalIgnoreCase))
        && MatchesRest(view);

    protected async Task OnLoaded(TView view)
    {
        View = view;
        Children = (await Units.TreeAsync()).ChildrenOf(UnitOf(view));
    }

    // Replace, not push: the back button leaves the page instead of stepping through every choice.
    protected void Go(string link) => Navigation.NavigateTo(link, replace: true);

    private void OnReadinessChanged() => InvokeAsync(async () =>
    {
        _culture.Apply();
        await OnParametersSetAsync();
        StateHasChanged();
    });

    public void Dispose()
    {
        Readiness.Changed -= OnReadinessChanged;
        GC.SuppressFinalize(this);
    }
}
