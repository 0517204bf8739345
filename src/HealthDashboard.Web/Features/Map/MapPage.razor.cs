using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// <c>/map?indicator=HI_COV&amp;level=commune&amp;period=2024&amp;unit=AG</c>: the choropleth with its controls. The
/// query string is the only state: every control writes it (replacing the history entry) and the map follows it.
/// </summary>
public sealed partial class MapPage : IDisposable
{
    private static readonly TimeSpan PlayStep = TimeSpan.FromSeconds(1.5);

    private MapRequest? _request;
    private IReadOnlyList<Indicator> _indicators = [];
    private IReadOnlyList<OrgUnit> _ancestors = [];
    private bool _playing;
    private CancellationTokenSource? _play;
    private CircuitCulture _culture;

    [SupplyParameterFromQuery(Name = "indicator")]
    public string? Indicator { get; set; }

    [SupplyParameterFromQuery(Name = "unit")]
    public string? Unit { get; set; }

    [SupplyParameterFromQuery(Name = "level")]
    public string? Level { get; set; }

    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    [Inject]
    private DataReadiness Readiness { get; set; } = default!;

    [Inject]
    private CatalogCache Catalog { get; set; } = default!;

    [Inject]
    private OrgUnitCache Units { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        Readiness.Changed += OnReadinessChanged;
    }

    protected override async Task OnInitializedAsync()
    {
        if (Readiness.IsReady)
        {
            _indicators = (await Catalog.CatalogAsync()).Indicators;
        }
    }

    private void OnReadinessChanged() => InvokeAsync(async () =>
    {
        _culture.Apply();
        if (Readiness.IsReady)
        {
            _indicators = (await Catalog.CatalogAsync()).Indicators;
        }

        StateHasChanged();
    });

    private async Task OnResolvedAsync(MapRequest? request)
    {
        _request = request;
        _ancestors = request is null ? [] : (await Units.TreeAsync()).AncestorsOf(request.Unit).Reverse().ToList();
        if (request is null || request.Year >= request.LastYear)
        {
            StopPlaying();
        }
    }

    private void Go(Func<MapRequest, string> link)
    {
        if (_request is { } request)
        {
            Navigation.NavigateTo(link(request), replace: true);
        }
    }

    private void OnIndicatorChanged(string? code) => Go(r => MapLinks.Of(string.IsNullOrEmpty(code) ? r.Indicator.Code : code, r.Unit.Code, r.Level, r.Year));

    private void OnLevelChanged(string? level) =>
        Go(r => MapLinks.Of(r.Indicator.Code, r.Unit.Code, MapLevels.Parse(level) ?? r.Level, r.Year));

    private void OnYearChanged(ChangeEventArgs e)
    {
        StopPlaying();
        if (int.TryParse(e.Value?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            Go(r => MapLinks.Of(r.Indicator.Code, r.Unit.Code, r.Level, year));
        }
    }

    /// <summary>Steps a year every 1.5 s up to the last one; from the last year, starts again at the first.</summary>
    private Task TogglePlayAsync()
    {
        if (_playing)
        {
            StopPlaying();
            return Task.CompletedTask;
        }

        if (_request is { } request && request.Year >= request.LastYear)
        {
            Go(r => MapLinks.Of(r.Indicator.Code, r.Unit.Code, r.Level, r.FirstYear));
        }

        _playing = true;
        _play = new CancellationTokenSource();
        _ = PlayAsync(_play.Token);
        return Task.CompletedTask;
    }

    private async Task PlayAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(PlayStep);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await InvokeAsync(() =>
                {
                    _culture.Apply();
                    if (_request is { } r && r.Year < r.LastYear && !cancellationToken.IsCancellationRequested)
                    {
                        Go(q => MapLinks.Of(q.Indicator.Code, q.Unit.Code, q.Level, q.Year + 1));
                    }
                    else
                    {
                        StopPlaying();
                        StateHasChanged();
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
            // Paused, or the page went away.
        }
    }

    private void StopPlaying()
    {
        _playing = false;
        _play?.Cancel();
        _play?.Dispose();
        _play = null;
    }

    public void Dispose()
    {
        Readiness.Changed -= OnReadinessChanged;
        StopPlaying();
    }
}
