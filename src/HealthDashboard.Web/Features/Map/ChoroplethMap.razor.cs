using HealthDashboard.Web.Features.Security;
using System.Globalization;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Web.Features.Charts;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// A live choropleth on Plotly.Blazor: reads its figures from the shared snapshot, recolours the same plot (LivePlot:
/// Plotly.react, values only) whenever an aggregate of one of its areas changes, and drills into an area on click
/// unless it is on a wall.
/// </summary>
public sealed partial class ChoroplethMap : IAsyncDisposable
{
    private MapFigures? _figures;
    private ChartFigure? _figure;
    private IReadOnlyList<MapProblem> _problems = [];
    private bool _failed;
    private int _missingShapes;
    private IReadOnlyList<string> _shapeUrls = [];
    private string? _shownKey;
    private IDisposable? _changes;
    private MapClicks? _clicks;
    private CircuitCulture _culture;

    /// <summary>Indicator code; null for the default (HI_COV).</summary>
    [Parameter]
    public string? IndicatorCode { get; set; }

    /// <summary>Unit code; null for the default unit (the first province).</summary>
    [Parameter]
    public string? UnitCode { get; set; }

    /// <summary>"district" or "commune"; null for the areas right below the unit.</summary>
    [Parameter]
    public string? Level { get; set; }

    /// <summary>The year; null for the current one.</summary>
    [Parameter]
    public int? Year { get; set; }

    /// <summary>The year as a query string gave it, when <see cref="Year"/> is not set: bad text is reported as typed.</summary>
    [Parameter]
    public string? Period { get; set; }

    /// <summary>A month to show instead of the year (monthly figures such as reporting completeness).</summary>
    [Parameter]
    public HealthDashboard.Domain.Periods.Period? Month { get; set; }

    /// <summary>The wall's dark, high-contrast look with a big legend; no drilling and no table.</summary>
    [Parameter]
    public bool Wall { get; set; }

    /// <summary>A wall's screen over 1920×1080: the names and edges on the map grow with it.</summary>
    [Parameter]
    public double Scale { get; set; } = 1;

    /// <summary>Told after each load, so a host can show what was resolved (defaults filled in) or that it failed.</summary>
    [Parameter]
    public EventCallback<MapRequest?> Resolved { get; set; }

    /// <summary>Who reads: a link without a unit opens on their own unit.</summary>
    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    [Inject]
    private MapService Maps { get; set; } = default!;

    [Inject]
    private MapGeometryCache Geometries { get; set; } = default!;

    [Inject]
    private MapFigureBuilder FigureBuilder { get; set; } = default!;

    [Inject]
    private AggregateChangeNotifier Changes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<ChoroplethMap> Logger { get; set; } = default!;

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        _changes = Changes.Subscribe(OnAggregatesChanged);
    }

    protected override async Task OnParametersSetAsync()
    {
        var key = string.Join('|', IndicatorCode, UnitCode, Level, Year, Period, Month, Wall, Scale);
        if (key == _shownKey)
        {
            return;
        }

        _shownKey = key;
        try
        {
            var user = await AuthState.UserOrNullAsync();
            var (request, problems) = await Maps.ResolveAsync(IndicatorCode, UnitCode, Level, Year?.ToString(CultureInfo.InvariantCulture) ?? Period, user);
            _problems = problems;
            _failed = false;
            if (request is not null)
            {
                request = request with { Month = Month };
                await ShowAsync(await Maps.LoadAsync(request));
            }
            else
            {
                (_figures, _figure) = (null, null);
            }

            await Resolved.InvokeAsync(request);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Logger.LogError(error, "The map {Key} could not be loaded", key);
            (_failed, _figures, _figure) = (true, null, null);
        }
    }

    private async Task ShowAsync(MapFigures figures)
    {
        var geometry = await Geometries.GetAsync(figures.Request.Unit.Code, figures.Request.Level);
        _figure = FigureBuilder.Build(figures, geometry, ChartTheme.For(Wall, Scale));
        _figures = figures;
        _missingShapes = figures.Areas.Count(a => !geometry.Codes.Contains(a.Unit.Code));
        _shapeUrls = geometry.OutlinesUrl is { } outlines ? [geometry.Url, outlines] : [geometry.Url];
    }

    /// <summary>
    /// Recomputes from the new snapshot (a few hundred lookups) when one of the map's areas changed for its indicator,
    /// then recolours without resending shapes. Not awaited: the notifier never waits on this circuit.
    /// </summary>
    private Task OnAggregatesChanged(IReadOnlyList<AggregateChange> changes)
    {
        if (_figures is { } shown && changes.Any(shown.IsTouchedBy))
        {
            _ = InvokeAsync(async () =>
            {
                _culture.Apply();
                try
                {
                    // The current request, not the one that saw the change: the viewer may have moved on meanwhile.
                    if (_figures is { } current && await Maps.LoadAsync(current.Request) is var fresh && _figures?.Request == current.Request)
                    {
                        await ShowAsync(fresh);
                        StateHasChanged();
                    }
                }
                catch (Exception error)
                {
                    await DispatchExceptionAsync(error);
                }
            });
        }

        return Task.CompletedTask;
    }

    /// <summary>A desk map drills into the area clicked; a wall has no pointer.</summary>
    private Task OnPlotStartingAsync(string plotId) => Wall ? Task.CompletedTask : (_clicks ??= new MapClicks(JS, Logger, OnAreaClickedAsync)).ListenAsync(plotId);

    private Task OnAreaClickedAsync(string code) => InvokeAsync(() =>
    {
        if (_figures is { } figures && figures.Areas.FirstOrDefault(a => string.Equals(a.Unit.Code, code, StringComparison.OrdinalIgnoreCase)) is { } area)
        {
            Navigation.NavigateTo(MapLinks.Drill(area.Unit, figures.Request));
        }
    });

    private string Label(MapFigures figures) =>
        $"{figures.Request.Indicator.Name(Bilingual.IsVietnamese)} · {figures.Request.Unit.Name(Bilingual.IsVietnamese)} · {M.PeriodLabel(figures)}";

    private string AreaHref(Domain.OrgUnits.OrgUnit unit) => _figures is { } figures ? MapLinks.Drill(unit, figures.Request) : UnitRoutes.Overview(unit.Code);

    public async ValueTask DisposeAsync()
    {
        _changes?.Dispose();
        if (_clicks is not null)
        {
            await _clicks.DisposeAsync();
        }
    }
}
