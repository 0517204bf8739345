using HealthDashboard.Web.Components.Shared;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Wall;

/// <summary>
/// <c>/wall/{playlist}</c>: a meeting-room screen stepping through the playlist's slides by itself. The rotation runs
/// in the circuit (one delay at a time); the clock and "updated N s ago" tick in the browser, so an idle wall costs the
/// server nothing between slides. <c>?slide=N</c> starts at the N-th frame (1-based).
/// </summary>
public sealed partial class WallPage : IAsyncDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private WallPlaylist? _playlist;
    private IReadOnlyList<WallFrame> _frames = [];
    private int _index;
    private bool _notFound;
    private bool _failed;
    private string? _slideTitle;
    private long _updatedMs;
    private CircuitCulture _culture;
    private IDisposable? _changes;
    private IJSObjectReference? _module;
    private bool _rotating;
    private double _scale = 1;

    // Counts the playlists shown: a slide from a newly saved playlist is a new component even at the same index.
    private int _generation;

    [Parameter]
    public string Playlist { get; set; } = "";

    [SupplyParameterFromQuery(Name = "slide")]
    public int? StartSlide { get; set; }

    [Inject] private DataStores Stores { get; set; } = default!;
    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private OverviewService Overviews { get; set; } = default!;
    [Inject] private SnapshotHolder Snapshots { get; set; } = default!;
    [Inject] private AggregateChangeNotifier Changes { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ILogger<WallPage> Logger { get; set; } = default!;

    private WallFrame? Frame => _frames.Count > 0 ? _frames[_index] : null;

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        Readiness.Changed += OnReadinessChanged;
        _changes = Changes.Subscribe(OnAggregatesChanged);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Readiness.IsReady && _playlist is null && !_notFound)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _playlist = await new PlaylistStore(Stores.Database).FindAsync(Playlist, _disposed.Token);
            _notFound = _playlist is null;
            if (_playlist is null)
            {
                return;
            }

            _frames = await BuildFramesAsync(_playlist);
            _index = Math.Clamp((StartSlide ?? 1) - 1, 0, _frames.Count - 1);
            _updatedMs = (await Snapshots.GetAsync(_disposed.Token)).ComputedAt.ToUnixTimeMilliseconds();
        }
        catch (Exception error) when (!_disposed.IsCancellationRequested)
        {
            Logger.LogError(error, "Wall playlist {Playlist} could not be loaded", Playlist);
            _failed = true;
        }
    }

    private async Task<IReadOnlyList<WallFrame>> BuildFramesAsync(WallPlaylist playlist)
    {
        var tiles = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in playlist.Slides.Where(s => s.Kind == WallSlideKind.Kpi).Select(s => s.Unit).Distinct())
        {
            tiles[unit] = (await Overviews.LoadAsync(unit, _disposed.Token))?.Tiles.Count(t => t.OnWall) ?? 0;
        }

        return WallFrames.Build(playlist, unit => tiles.GetValueOrDefault(unit));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            try
            {
                _module = await JS.InvokeAsync<IJSObjectReference>("import", "./lib/wall.js");
                var scale = await _module.InvokeAsync<double>("start");
                if (scale != _scale)
                {
                    _scale = scale;
                    StateHasChanged();
                }
            }
            catch (Exception error) when (JsFailures.IsGoneOrSlow(error))
            {
                // The wall was closed while it opened.
            }
        }

        // A one-slide wall steps too: each step is when it looks for a playlist the admin has saved since.
        if (!_rotating && _frames.Count > 0)
        {
            _rotating = true;
            _ = RotateAsync(_disposed.Token);
        }
    }

    /// <summary>One frame after the other, for as long as the circuit lives; each waits its own duration.</summary>
    private async Task RotateAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(_frames[_index].Duration, Clock, cancellationToken);
                var saved = await SavedPlaylistAsync(cancellationToken);
                await InvokeAsync(async () =>
                {
                    _culture.Apply();
                    if (saved is not null && !SamePlaylist(saved, _playlist!))
                    {
                        // The admin saved this playlist: the wall starts it from its first slide, no one at the wall PC.
                        (_playlist, _frames, _index, _slideTitle) = (saved, await BuildFramesAsync(saved), 0, null);
                        _generation++;
                        StateHasChanged();
                    }
                    else if (_frames.Count > 1)
                    {
                        (_index, _slideTitle) = ((_index + 1) % _frames.Count, null);
                        StateHasChanged();
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The wall was closed.
        }
    }

    /// <summary>The playlist as saved now (one row by its key, once a slide); null when it is gone or unreadable, and the
    /// wall keeps what it shows rather than going blank in a meeting.</summary>
    private async Task<WallPlaylist?> SavedPlaylistAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await new PlaylistStore(Stores.Database).FindAsync(Playlist, cancellationToken);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            Logger.LogWarning(error, "Wall playlist {Playlist} could not be read again; the wall keeps its slides", Playlist);
            return null;
        }
    }

    private static bool SamePlaylist(WallPlaylist a, WallPlaylist b) =>
        a.Name == b.Name && a.SecondsPerSlide == b.SecondsPerSlide && a.Slides.SequenceEqual(b.Slides);

    /// <summary>Called by the slide, already on the circuit's dispatcher; re-renders only when the title moved.</summary>
    private void OnSlideTitle(string title)
    {
        if (title != _slideTitle)
        {
            _slideTitle = title;
            _ = InvokeAsync(StateHasChanged);
        }
    }

    /// <summary>Only the freshness stamp is the page's: each slide listens for its own figures.</summary>
    private Task OnAggregatesChanged(IReadOnlyList<Domain.Engine.AggregateChange> changes)
    {
        var computedAt = Snapshots.Current?.ComputedAt.ToUnixTimeMilliseconds() ?? _updatedMs;
        if (computedAt != _updatedMs)
        {
            _ = InvokeAsync(() =>
            {
                _culture.Apply();
                _updatedMs = computedAt;
                StateHasChanged();
            });
        }

        return Task.CompletedTask;
    }

    private void OnReadinessChanged() => InvokeAsync(async () =>
    {
        _culture.Apply();
        if (Readiness.IsReady && _playlist is null)
        {
            await LoadAsync();
        }

        StateHasChanged();
    });

    public async ValueTask DisposeAsync()
    {
        Readiness.Changed -= OnReadinessChanged;
        _changes?.Dispose();
        await _disposed.CancelAsync();
        _disposed.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (Exception error) when (JsFailures.IsGoneOrSlow(error))
            {
                // Gone with the circuit.
            }
        }
    }
}
