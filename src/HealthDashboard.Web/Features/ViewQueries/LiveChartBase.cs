using HealthDashboard.Web.Features.Security;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Web.Features.Charts;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace HealthDashboard.Web.Features.ViewQueries;

/// <summary>
/// What the trend and ranking charts share: read the view for their parameters from the live snapshot, turn it into a
/// figure, and hand a new figure to the same plot (LivePlot: Plotly.react) when an aggregate of one of the shown units
/// changes, in the circuit's culture.
/// </summary>
public abstract class LiveChartBase<TView> : ComponentBase, IAsyncDisposable
    where TView : class
{
    private IDisposable? _changes;
    private CircuitCulture _culture;
    private string? _loadedKey;
    private int _generation;

    [Parameter]
    public bool Wall { get; set; }

    /// <summary>A wall's screen size over 1920×1080 (2 on a 4K wall): its text and lines grow with it.</summary>
    [Parameter]
    public double Scale { get; set; } = 1;

    /// <summary>Told each time new figures are shown (a page's table and export links follow the chart).</summary>
    [Parameter]
    public EventCallback<TView> Loaded { get; set; }

    /// <summary>Who reads: a link without a unit opens on their own unit.</summary>
    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    [Inject]
    protected ViewQueryService Queries { get; set; } = default!;

    [Inject]
    private AggregateChangeNotifier Changes { get; set; } = default!;

    [Inject]
    private ILogger<LiveChartBase<TView>> Logger { get; set; } = default!;

    protected TView? View { get; private set; }

    /// <summary>The figure of <see cref="View"/>, in the reader's language.</summary>
    protected ChartFigure? Figure { get; private set; }

    protected ChartTheme Theme => ChartTheme.For(Wall, Scale);

    protected IReadOnlyList<QueryProblem> Problems { get; private set; } = [];

    protected bool Failed { get; private set; }

    protected abstract (string? Indicator, string? Unit, string? PeriodType, string? Year) QueryParts { get; }

    protected abstract Task<TView> LoadViewAsync(ViewQuery query);

    /// <summary>Parameters beyond the query that change what is shown (a trend's comparison): a change reloads.</summary>
    protected virtual string OtherParts => "";

    protected abstract IEnumerable<string> UnitCodesOf(TView view);

    protected abstract ChartFigure BuildFigure(TView view);

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        _changes = Changes.Subscribe(OnAggregatesChanged);
    }

    protected override async Task OnParametersSetAsync()
    {
        var key = $"{QueryParts}|{OtherParts}|{Wall}|{Scale}";
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
            var user = await AuthState.UserOrNullAsync();
            var (query, problems) = await Queries.ReadAsync(parts.Indicator, parts.Unit, parts.PeriodType, parts.Year, user);
            var view = query is null ? null : await LoadViewAsync(query);
            if (generation != _generation)
            {
                return;
            }

            (Problems, Failed, View, Figure) = (problems, false, view, view is null ? null : BuildFigure(view));
            if (View is not null)
            {
                await Loaded.InvokeAsync(View);
            }
        }
        catch (Exception error)
        {
            Logger.LogError(error, "A chart could not be loaded for {Query}", QueryParts);
            (View, Figure, Failed) = (null, null, true);
        }
    }

    /// <summary>Builds the figure of the shown view again, for a reason of the component's own (a phone turned to landscape).</summary>
    protected void RebuildFigure()
    {
        if (View is { } view)
        {
            Figure = BuildFigure(view);
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

    public async ValueTask DisposeAsync()
    {
        _changes?.Dispose();
        await DisposeAsyncCore();
        GC.SuppressFinalize(this);
    }

    /// <summary>What a chart holds besides the change subscription (a browser-size subscription).</summary>
    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;
}
