using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Admin.Jobs;

/// <summary>
/// <c>/admin/jobs</c>: each job's schedule, its next fire times, a live bar while it runs and the run history.
/// This node's runs update through <see cref="JobActivity"/>; runs on other nodes are read from job_run every second
/// while one is in progress (every ten seconds otherwise, for schedules changed elsewhere).
/// </summary>
public sealed partial class JobsPage : IAsyncDisposable
{
    private const int HistoryRows = 25;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);

    private readonly CancellationTokenSource _disposed = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Dictionary<string, DateTime> _requested = [];
    private IReadOnlyList<JobSchedule>? _schedules;
    private IReadOnlyList<JobRun> _runs = [];
    private IReadOnlyList<JobRun> _running = [];
    private bool _failed;
    private volatile bool _historyStale;
    private int _ticks;

    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private DataStores Stores { get; set; } = default!;
    [Inject] private JobScheduler Scheduler { get; set; } = default!;
    [Inject] private JobsHost Holder { get; set; } = default!;
    [Inject] private IServiceProvider Services { get; set; } = default!;
    [Inject] private JobActivity Activity { get; set; } = default!;
    [Inject] private ILogger<JobsPage> Logger { get; set; } = default!;

    // Resolved on use, like DataStores: with a misconfigured database the page must show the notice, not fail to build.
    private JobRunStore Runs => Services.GetRequiredService<JobRunStore>();

    protected override void OnInitialized()
    {
        Readiness.Changed += Wake;
        Holder.Changed += Wake;
        Activity.Changed += OnActivity;
        _ = RefreshLoopAsync(_disposed.Token);
    }

    protected override Task OnInitializedAsync() => Holder.State == SchedulerState.Running ? LoadAsync() : Task.CompletedTask;

    private async Task LoadAsync()
    {
        try
        {
            _schedules = await Scheduler.ListAsync(_disposed.Token);
            await LoadRunsAsync();
            _failed = false;
        }
        catch (Exception error) when (!_disposed.IsCancellationRequested)
        {
            Logger.LogError(error, "The jobs page could not load");
            _failed = true;
        }
    }

    private async Task LoadRunsAsync()
    {
        _historyStale = false;
        _runs = await Runs.RecentAsync(HistoryRows, cancellationToken: _disposed.Token);
        _running = await Runs.RunningAsync(_disposed.Token);
        // A request is answered once a run of that job has started since it was made.
        foreach (var (job, at) in _requested.ToList())
        {
            if (_runs.Any(r => r.JobKey == job && r.StartedAt >= at.AddSeconds(-1)) || DateTime.UtcNow - at > RequestTimeout)
            {
                _requested.Remove(job);
            }
        }
    }

    /// <summary>
    /// Every change is drawn from here, in the circuit's own context: events come from the scheduler's and the
    /// seeding's threads, and a render started on those would take their culture (English) instead of the page's.
    /// </summary>
    private async Task RefreshLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var woken = await _wake.WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);
                var busy = _running.Count > 0 || _requested.Count > 0;
                var everyTenSeconds = ++_ticks % 10 == 0;
                await InvokeAsync(async () =>
                {
                    if (_schedules is null)
                    {
                        if (Readiness.IsReady && Holder.State == SchedulerState.Running)
                        {
                            await LoadAsync();
                        }
                    }
                    else if (everyTenSeconds && !woken)
                    {
                        // Schedules may have been changed on another node.
                        await LoadAsync();
                    }
                    else if (_historyStale || (busy && !woken))
                    {
                        await LoadRunsSafelyAsync();
                    }

                    if (woken || busy || everyTenSeconds)
                    {
                        StateHasChanged();
                    }
                });
            }
        }
        catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException)
        {
            // The page was closed.
        }
    }

    private async Task LoadRunsSafelyAsync()
    {
        try
        {
            await LoadRunsAsync();
        }
        catch (Exception error) when (!_disposed.IsCancellationRequested)
        {
            // The next tick tries again; a blip of the database must not take the page down.
            Logger.LogWarning(error, "The job history could not be refreshed");
        }
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one pass picks up every change so far.
        }
    }

    private void OnActivity(LiveRun run)
    {
        // Start and end change the history; steps in between only move the bar.
        if (run.Finished || _running.All(r => r.Id != run.RunId))
        {
            _historyStale = true;
        }

        Wake();
    }

    private void MarkRequested(string job) => _requested[job] = DateTime.UtcNow;

    /// <summary>This node's live figure when the run is here; else the last one another node wrote.</summary>
    private JobProgressView? ProgressOf(string job)
    {
        if (Activity.Running.FirstOrDefault(r => r.JobKey == job) is { } live)
        {
            return new JobProgressView(live.Node, live.Progress);
        }

        return _running.FirstOrDefault(r => r.JobKey == job) is { } run ? new JobProgressView(run.Node, run.Progress) : null;
    }

    private JobRun? LastRunOf(string job) => _runs.FirstOrDefault(r => r.JobKey == job && !r.IsRunning);

    public async ValueTask DisposeAsync()
    {
        Readiness.Changed -= Wake;
        Holder.Changed -= Wake;
        Activity.Changed -= OnActivity;
        await _disposed.CancelAsync();
    }
}
