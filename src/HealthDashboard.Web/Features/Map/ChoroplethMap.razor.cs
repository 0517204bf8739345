using System.Globalization;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// A live choropleth: reads its figures from the shared snapshot, recolours in place (Plotly.react, values only)
/// whenever an aggregate of one of its areas changes, and drills into an area on click unless it is on a wall.
/// </summary>
public sealed partial class ChoroplethMap : IAsyncDisposable
{
    private ElementReference _canvas;
    private MapFigures? _figures;
    private IReadOnlyList<MapProblem> _problems = [];
    private bool _failed;
    private bool _drawPending;
    private int _missingShapes;
    private string? _shownKey;
    private MapRenderer? _renderer;
    private DotNetObjectReference<ChoroplethMapClicks>? _clicks;
    private IDisposable? _changes;
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

    /// <summary>Told after each load, so a host can show what was resolved (defaults filled in) or that it failed.</summary>
    [Parameter]
    public EventCallback<MapRequest?> Resolved { get; set; }

    [Inject]
    private MapService Maps { get; set; } = default!;

    [Inject]
    private MapGeometryCache Geometries { get; set; } = default!;

    [Inject]
    private MapPayloadBuilder Payloads { get; set; } = default!;

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
        _renderer = new MapRenderer(JS, Geometries, Logger);
        _clicks = DotNetObjectReference.Create(new ChoroplethMapClicks(OnAreaClickedAsync));
        _changes = Changes.Subscribe(OnAggregatesChanged);
    }

    protected override async Task OnParametersSetAsync()
    {
        var key = string.Join('|', IndicatorCode, UnitCode, Level, Year, Period, Month, Wall);
        if (key == _shownKey)
        {
            return;
        }

        _shownKey = key;
        try
        {
            var (request, problems) = await Maps.ResolveAsync(IndicatorCode, UnitCode, Level, Year?.ToString(CultureInfo.InvariantCulture) ?? Period);
            _problems = problems;
            _failed = false;
            if (request is not null)
            {
                request = request with { Month = Month };
                Show(await Maps.LoadAsync(request));
            }
            else
            {
                _figures = null;
            }

            await Resolved.InvokeAsync(request);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Logger.LogError(error, "The map {Key} could not be loaded", key);
            (_failed, _figures) = (true, null);
        }
    }

    private void Show(MapFigures figures) => (_figures, _drawPending) = (figures, true);

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
                        Show(fresh);
                        StateHasChanged();
                        await DrawAsync();
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

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _renderer is not null)
        {
            await _renderer.PreloadAsync();
        }

        if (_drawPending)
        {
            await DrawAsync();
        }
    }

    private async Task DrawAsync()
    {
        if (_figures is not { } figures || _renderer is null || _clicks is null)
        {
            return;
        }

        _drawPending = false;
        var codes = await _renderer.DrawAsync(_canvas, Payloads.Build(figures, Wall), figures.Request.Unit.Code, figures.Request.Level, _clicks);
        var missing = codes is null ? 0 : figures.Areas.Count(a => !codes.Contains(a.Unit.Code));
        if (missing != _missingShapes)
        {
            _missingShapes = missing;
            StateHasChanged();
        }
    }

    private Task OnAreaClickedAsync(string code) => InvokeAsync(() =>
    {
        if (!Wall && _figures is { } figures && figures.Areas.FirstOrDefault(a => string.Equals(a.Unit.Code, code, StringComparison.OrdinalIgnoreCase)) is { } area)
        {
            Navigation.NavigateTo(MapLinks.Drill(area.Unit, figures.Request));
        }
    });

    private string AreaHref(Domain.OrgUnits.OrgUnit unit) => _figures is { } figures ? MapLinks.Drill(unit, figures.Request) : UnitRoutes.Overview(unit.Code);

    public async ValueTask DisposeAsync()
    {
        _changes?.Dispose();
        if (_renderer is not null)
        {
            await _renderer.DisposeAsync();
        }

        _clicks?.Dispose();
    }
}
