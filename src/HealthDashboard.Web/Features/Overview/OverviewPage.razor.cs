using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Components.Shared;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>The overview of one unit (<c>/units/{code}</c>, or the default unit at <c>/</c>): one tile per indicator.</summary>
public sealed partial class OverviewPage : IDisposable
{
    private UnitOverview? _overview;
    private string? _notFoundCode;
    private bool _failed;
    private bool _loadedOnce;
    private string? _shownKey;
    private OverviewFilter _filter = OverviewFilter.None;
    private IReadOnlyList<string> _filterProblems = [];
    private IReadOnlyList<Plan> _plans = [];
    private CancellationTokenSource? _loading;
    private IDisposable? _changes;
    private CircuitCulture _culture;

    [Parameter]
    public string? Code { get; set; }

    [SupplyParameterFromQuery(Name = "plan")]
    public string? PlanQuery { get; set; }

    [SupplyParameterFromQuery(Name = "year")]
    public string? YearQuery { get; set; }

    [SupplyParameterFromQuery(Name = "periodType")]
    public string? PeriodTypeQuery { get; set; }

    [SupplyParameterFromQuery(Name = "arriving")]
    public string? ArrivingQuery { get; set; }

    /// <summary>Who reads: "/" opens on their own unit.</summary>
    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    [Inject]
    private CatalogCache Catalog { get; set; } = default!;

    [Inject]
    private Jobs.ReportingClock Reporting { get; set; } = default!;

    [Inject]
    private OverviewService Overviews { get; set; } = default!;

    [Inject]
    private OrgUnitCache Units { get; set; } = default!;

    [Inject]
    private DataReadiness Readiness { get; set; } = default!;

    [Inject]
    private AggregateChangeNotifier Changes { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<OverviewPage> Logger { get; set; } = default!;

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        Readiness.Changed += OnReadinessChanged;
        _changes = Changes.Subscribe(OnAggregatesChanged);
    }

    /// <summary>
    /// A value of the shown unit changed: read the tiles again from the new snapshot (milliseconds), in place, without
    /// the loading state; Blazor's diff then touches only the tiles whose figures moved. Not awaited, so the notifier
    /// never waits on this circuit.
    /// </summary>
    private Task OnAggregatesChanged(IReadOnlyList<AggregateChange> changes)
    {
        if (_overview is { } shown && changes.Any(c => c.Concerns(shown.Unit.Code)))
        {
            _ = InvokeAsync(async () =>
            {
                _culture.Apply();
                try
                {
                    if (await Overviews.LoadAsync(shown.Unit.Code, _filter) is { } fresh && _overview?.Unit.Code == fresh.Unit.Code)
                    {
                        _overview = fresh;
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

    protected override async Task OnParametersSetAsync()
    {
        // The layout re-renders the page on every navigation; only a different unit or filter is worth a reload.
        if (Readiness.IsReady && (!_loadedOnce || !string.Equals(ViewKey, _shownKey, StringComparison.OrdinalIgnoreCase)))
        {
            await LoadAsync();
        }
    }

    private void OnReadinessChanged() => InvokeAsync(async () =>
    {
        _culture.Apply();
        if (Readiness.IsReady)
        {
            await LoadAsync();
        }

        StateHasChanged();
    });

    private Task ReloadAsync() => LoadAsync();

    private string ViewKey => $"{Code}|{PlanQuery}|{YearQuery}|{PeriodTypeQuery}|{ArrivingQuery}";

    private int ThisYear => Reporting.Today.Year;

    private async Task LoadAsync()
    {
        // Cancelled, not disposed: the older load may still be reading its token on the way out.
        _loading?.Cancel();
        _loading = new CancellationTokenSource();
        var cancellationToken = _loading.Token;
        (_overview, _notFoundCode, _failed, _loadedOnce, _shownKey) = (null, null, false, true, ViewKey);
        try
        {
            var user = await AuthState.UserOrNullAsync();
            var tree = await Units.TreeAsync(cancellationToken);
            var code = Code ?? tree.DefaultUnitFor(user)?.Code ?? "";
            _plans = CoveringPlans.Of(tree, code, (await Catalog.CatalogAsync(cancellationToken)).Plans);
            _filter = OverviewFilter.Parse(PlanQuery, YearQuery, PeriodTypeQuery, ArrivingQuery, _plans, OverviewService.FirstYear, ThisYear, out _filterProblems);
            var overview = await Overviews.LoadAsync(code, _filter, cancellationToken);
            if (!cancellationToken.IsCancellationRequested)
            {
                (_overview, _notFoundCode) = (overview, overview is null ? code : null);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A newer navigation took over.
        }
        catch (Exception error)
        {
            Logger.LogError(error, "The overview of {Unit} could not be loaded", Code);
            _failed = true;
        }
    }

    private IEnumerable<(string Heading, IReadOnlyList<IndicatorTile> Tiles)> Sections(UnitOverview overview)
    {
        // Indicators that a plan sets a target for come first: they are what the meeting is about.
        var withTarget = overview.Tiles.Where(t => t.Target is not null).ToList();
        var others = overview.Tiles.Where(t => t.Target is null).ToList();
        if (withTarget.Count > 0)
        {
            yield return (O.WithTarget, withTarget);
        }

        if (others.Count > 0)
        {
            yield return (withTarget.Count > 0 ? O.WithoutTarget : O.Indicators, others);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await StartFreshnessAsync();
        }
    }

    /// <summary>"Cập nhật 12 giây trước" ticks in the browser: no server round trip per second per open page.</summary>
    private async Task StartFreshnessAsync()
    {
        try
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./lib/freshness.js");
            await module.InvokeVoidAsync("start");
        }
        catch (Exception error) when (JsFailures.IsGoneOrSlow(error))
        {
            // The page was closed while it opened.
        }
    }

    public void Dispose()
    {
        Readiness.Changed -= OnReadinessChanged;
        _changes?.Dispose();
        _loading?.Cancel();
        _loading?.Dispose();
    }
}
