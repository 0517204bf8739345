using HealthDashboard.Data.Jobs;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// A running job's progress (0…1): told at once to this node's pages through <see cref="JobActivity"/> (at most every
/// 50 ms), and written to job_run at most every <see cref="JobsOptions.ProgressWriteInterval"/> by a loop of its own,
/// so a job that reports a thousand steps a second costs the database four updates.
/// </summary>
public sealed partial class JobProgress : IProgress<double>, IAsyncDisposable
{
    private static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(50);

    private readonly LiveRun _run;
    private readonly JobRunStore _store;
    private readonly JobActivity _activity;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writer;
    private long _latestBits;
    private long _lastPublishTicks;

    public JobProgress(LiveRun run, JobRunStore store, JobActivity activity, TimeSpan writeInterval, ILogger logger)
    {
        (_run, _store, _activity, _logger) = (run, store, activity, logger);
        _activity.Report(run);
        _writer = WriteLoopAsync(writeInterval);
    }

    public double Latest => BitConverter.Int64BitsToDouble(Interlocked.Read(ref _latestBits));

    public void Report(double value)
    {
        var clamped = Math.Clamp(value, 0, 1);
        Interlocked.Exchange(ref _latestBits, BitConverter.DoubleToInt64Bits(clamped));
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastPublishTicks);
        if (now - last >= PublishInterval.TotalMilliseconds && Interlocked.CompareExchange(ref _lastPublishTicks, now, last) == last)
        {
            _activity.Report(_run with { Progress = clamped });
        }
    }

    /// <summary>
    /// Stops the writer. The run's end is written by whoever finishes it, and only then announced (<see cref="Finished"/>),
    /// so a page that reloads on the news finds the run ended rather than at its last progress.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _writer;
        _stop.Dispose();
    }

    /// <summary>Tells this node's pages that the run is over (its row says how).</summary>
    public void Finished() => _activity.Report(_run with { Progress = Latest, Finished = true });

    private async Task WriteLoopAsync(TimeSpan interval)
    {
        var written = 0.0;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var latest = Latest;
                if (latest != written)
                {
                    await _store.ReportProgressAsync(_run.RunId, latest, _stop.Token);
                    written = latest;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The run is over.
        }
        catch (Exception error)
        {
            // Progress is a courtesy to other nodes' pages; losing it must not fail the job.
            LogWriteFailed(_logger, error, _run.RunId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The progress of job run {RunId} could not be written")]
    private static partial void LogWriteFailed(ILogger logger, Exception error, long runId);
}
