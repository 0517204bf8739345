using HealthDashboard.Data.Aggregates;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Realtime;

/// <summary>
/// Keeps the live snapshot: loads the persisted one at start (or computes it), applies incremental recomputes for
/// every batch of dirty keys, runs full recomputes on request (the scheduled job, "run now") and publishes what changed.
/// One recompute runs at a time; keys written during a full recompute wait and are applied to its result.
/// </summary>
public sealed partial class AggregationService(
    DataStores stores,
    DataReadiness readiness,
    SnapshotHolder holder,
    AggregateChangeNotifier notifier,
    DirtyKeyQueue queue,
    TimeProvider clock,
    ILogger<AggregationService> logger) : BackgroundService
{
    /// <summary>Beyond this many changed cells a full recompute pushes one "everything changed" instead of each value.</summary>
    private const int PushLimit = 20_000;

    private const int BatchLimit = 10_000;
    private static readonly TimeSpan MaxStartPause = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Builds a new snapshot beside the live one and swaps it in; the live one keeps serving if this fails.</summary>
    /// <param name="progress">0…1 as the recompute goes.</param>
    public async Task<RecomputeSummary> RunFullAsync(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        await readiness.WhenReady.WaitAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await FullAsync(progress, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WhenReady.WaitAsync(stoppingToken);
            await StartWithRetriesAsync(stoppingToken);
            await DrainAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (InvalidOperationException error) when (readiness.State == DataState.Failed)
        {
            LogNoDatabase(error.Message);
        }
    }

    /// <summary>
    /// A first snapshot, tried again with a growing pause while the database refuses: an exception escaping a
    /// BackgroundService stops the whole host, and the pages and the API must stay up to say what is wrong.
    /// </summary>
    private async Task StartWithRetriesAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(5);
        while (true)
        {
            await _gate.WaitAsync(stoppingToken);
            try
            {
                await Task.Run(() => StartWarmAsync(stoppingToken), stoppingToken);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogStartFailed(error, pause.TotalSeconds);
            }
            finally
            {
                _gate.Release();
            }

            await Task.Delay(pause, clock, stoppingToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxStartPause.Ticks));
        }
    }

    /// <summary>The persisted snapshot brought up to date with the writes logged since, or a full recompute when there is none.</summary>
    private async Task StartWarmAsync(CancellationToken cancellationToken)
    {
        try
        {
            var units = await stores.OrgUnits.AllAsync(cancellationToken);
            var catalog = await stores.Catalog.LoadAsync(cancellationToken);
            if (await new SnapshotStore(stores.Database).LoadAsync(catalog, units, cancellationToken) is { } persisted)
            {
                var keys = await new ChangeLog(stores.Database).KeysAfterAsync(persisted.Watermark, persisted.Snapshot, cancellationToken);
                var caughtUp = keys.Count == 0 ? persisted.Snapshot
                    : (await new IncrementalRecomputer(stores.Database).ApplyAsync(persisted.Snapshot, keys, cancellationToken))?.Snapshot;
                if (caughtUp is not null)
                {
                    holder.Swap(caughtUp);
                    LogWarmStart(caughtUp.Version, keys.Count);
                    return;
                }
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogWarmStartFailed(error);
        }

        await FullAsync(null, cancellationToken);
    }

    private async Task<RecomputeSummary> FullAsync(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var live = holder.Current;
        var version = live?.Version + 1 ?? await new SnapshotStore(stores.Database).LoadVersionAsync(cancellationToken) + 1;
        var years = live?.Cubes.Values.FirstOrDefault()?.Layout is { } layout ? (layout.FirstYear, layout.LastYear) : ((int, int)?)null;
        var (snapshot, summary) = await Task.Run(() => new FullRecomputer(stores.Database)
            .RunAsync(version, AsOf(), persist: true, years, progress, cancellationToken), cancellationToken);
        holder.Swap(snapshot);
        LogFull(summary.Version, summary.RawValues, summary.Aggregates, summary.TotalMs);
        LogOverflows(SnapshotOverflow.Find(snapshot));
        if (live is not null)
        {
            await notifier.PublishAsync(SnapshotDiff.Changed(live, snapshot, PushLimit) is { } changed
                ? ChangeDescriber.Describe(snapshot, changed)
                : [AggregateChange.EverythingChanged(snapshot.Version)]);
        }

        return summary;
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            var keys = new HashSet<RawKey>();
            while (keys.Count < BatchLimit && queue.Reader.TryRead(out var key))
            {
                keys.Add(key);
            }

            try
            {
                await ApplyAsync(keys, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The raw values are safe in the database; the keys go back in line and are tried again shortly.
                LogIncrementalFailed(error, keys.Count);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                queue.Enqueue(keys);
            }
        }
    }

    private async Task ApplyAsync(IReadOnlyCollection<RawKey> keys, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (holder.Current is not { } live)
            {
                return;
            }

            var result = await Task.Run(() => new IncrementalRecomputer(stores.Database).ApplyAsync(live, keys, cancellationToken), cancellationToken);
            if (result is null)
            {
                // A new unit or a year outside the snapshot: only a full recompute can place it.
                await FullAsync(null, cancellationToken);
                return;
            }

            holder.Swap(result.Snapshot);
            LogOverflows(SnapshotOverflow.Find(result.Snapshot, result.Changed));
            await notifier.PublishAsync(ChangeDescriber.Describe(result.Snapshot, result.Changed));
        }
        finally
        {
            _gate.Release();
        }
    }

    private void LogOverflows(IReadOnlyDictionary<string, int> overflows)
    {
        foreach (var (element, cells) in overflows)
        {
            LogOverflow(element, cells);
        }
    }

    private Period AsOf() => Period.MonthOf(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    [LoggerMessage(Level = LogLevel.Information, Message = "Started warm from snapshot version {Version}, {Replayed} logged writes replayed")]
    private partial void LogWarmStart(long version, int replayed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The persisted snapshot could not be used; recomputing")]
    private partial void LogWarmStartFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Full recompute: version {Version}, {RawValues} raw values, {Aggregates} aggregates in {Ms:F0} ms")]
    private partial void LogFull(long version, long rawValues, long aggregates, double ms);

    [LoggerMessage(Level = LogLevel.Error, Message = "Incremental recompute of {Keys} keys failed; retrying")]
    private partial void LogIncrementalFailed(Exception error, int keys);

    [LoggerMessage(Level = LogLevel.Error, Message = "No snapshot could be computed; trying again in {Seconds:F0} s")]
    private partial void LogStartFailed(Exception error, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Element}: {Cells} aggregates add up to more than a number can hold (values stored beyond the " +
        "element's range, not through the checked write path); they show as no value until those values are corrected")]
    private partial void LogOverflow(string element, int cells);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No aggregates: {Reason}")]
    private partial void LogNoDatabase(string reason);
}
