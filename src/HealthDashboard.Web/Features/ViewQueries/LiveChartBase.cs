using HealthDashboard.Domain.Engine;
using HealthDashboard.Web.Features.Trends;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.ViewQueries;

/// <summary>
/// What the trend and ranking charts share: read the view for their parameters from the live snapshot, draw it, and
/// redraw it in place (Plotly.react) when an aggregate of one of the shown units changes, in the circuit's culture.
/// </summary>
public abstract class LiveChartBase<TView> : ComponentBase, IAsyncDisposable
    where TView : class
{
    private IDisposable? _changes;
    private CircuitCulture _culture;
    private string? _loadedKey;
    private bool _drawPending;
    private ChartScript? _script;
    private int _generation;

    [Parameter]
    public bool Wall { get; set; }

    /// <summary>Told each time new figures are shown (a page's table and export links follow the chart).</summary>
    [Parameter]
    public EventCallback<TView> Loaded { get; set; }

    [Inject]
    protected ViewQueryService Queries { get; set; } = default!;

    [Inject]
    private AggregateChangeNotifier Changes { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<LiveChartBase<TView>> Logger { get; set; } = default!;

    protected TView? View { get; private set; }

    protected IReadOnlyList<QueryProblem> Problems { get; private set; } = [];

    protected bool Failed { get; private set; }

    protected string ChartId { get; } = "hd-chart-" + Guid.NewGuid().ToString("N")[..12];

    protected abstract (string? Indicator, string? Unit, string? PeriodType, string? Year) QueryParts { get; }

    protected abstract Task<TView> LoadViewAsync(ViewQuery query);

    protected abstract IEnumerable<string> UnitCodesOf(TView view);

    protected abstract Task DrawAsync(ChartScript script, TView view);

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        _changes = Changes.Subscribe(OnAggregatesChanged);
    }

    protected override async Task OnParametersSetAsync()
    {
        var key = $"{QueryParts}|{Wall}";
        if (key != _loadedKey)
        {
            _loadedKey = key;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        // A live reload and a new link may overlap: only the latest load may show its figures.
        var generation = ++_generation;
        try
        {
            var parts = QueryParts;
            var (query, problems) = await Queries.ReadAsync(parts.Indicator, parts.Unit, parts.PeriodType, parts.Year);
            var view = query is null ? null : await LoadViewAsync(query);
            if (generation != _generation)
            {
                return;
            }

            (Problems, Failed, View) = (problems, false, view);
            _drawPending = View is not null;
            if (View is not null)
            {
                await Loaded.InvokeAsync(View);
            }
        }
        catch (Exception error)
        {
            Logger.LogError(error, "A chart could not be loaded for {Query}", QueryParts);
            (View, Failed) = (null, true);
        }
    }

    private Task OnAggregatesChanged(IReadOnlyList<AggregateChange> changes)
    {
        if (View is { } shown && UnitCodesOf(shown).Any(code => changes.Any(c => c.Concerns(code))))
        {
            // Not awaited: the notifier never waits on this circuit.
            _ = InvokeAsync(async () =>
            {
                _culture.Apply();
                try
                {
                    await LoadAsync();
                    StateHasChanged();
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
        _script ??= new ChartScript(JS, Logger);
        if (firstRender)
        {
            await _script.PreloadAsync();
        }

        if (_drawPending && View is { } view)
        {
            _drawPending = false;
            await DrawAsync(_script, view);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _changes?.Dispose();
        if (_script is not null)
        {
            await _script.PurgeAsync(ChartId);
            await _script.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
