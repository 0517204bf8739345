using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Jobs;

/// <summary>The job_run table: each run is written when it starts, while it runs (progress) and when it ends.</summary>
public sealed class JobRunStore(Database database)
{
    private static readonly string Running = JobOutcomeNames.ToName(JobOutcome.Running);

    public async Task<long> StartAsync(NewJobRun run, CancellationToken cancellationToken = default)
    {
        var startedAt = Utc(run.StartedAt);
        var row = new JobRunEntity
        {
            JobKey = run.JobKey,
            FireId = run.FireId,
            Manual = run.Manual,
            RequestedBy = run.RequestedBy,
            Node = run.Node,
            StartedAt = startedAt,
            Outcome = Running,
            Progress = 0,
            UpdatedAt = startedAt,
        };
        await using var context = database.Context();
        context.JobRuns.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return row.Id;
    }

    public async Task ReportProgressAsync(long id, double progress, CancellationToken cancellationToken = default)
    {
        var value = Math.Clamp(progress, 0, 1);
        var at = DateTime.UtcNow;
        await using var context = database.Context();
        await context.JobRuns
            .Where(r => r.Id == id && r.Outcome == Running)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Progress, value).SetProperty(r => r.UpdatedAt, at), cancellationToken);
    }

    public async Task FinishAsync(long id, JobOutcome outcome, long? rowCount, string? error, CancellationToken cancellationToken = default)
    {
        var at = DateTime.UtcNow;
        var name = JobOutcomeNames.ToName(outcome);
        var succeeded = outcome == JobOutcome.Succeeded;
        await using var context = database.Context();
        await context.JobRuns
            .Where(r => r.Id == id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Outcome, name)
                .SetProperty(r => r.EndedAt, at)
                .SetProperty(r => r.UpdatedAt, at)
                .SetProperty(r => r.RowCount, rowCount)
                .SetProperty(r => r.Error, error)
                // A success ends at 100 %; a failure keeps how far it got.
                .SetProperty(r => r.Progress, r => succeeded ? 1.0 : r.Progress), cancellationToken);
    }

    /// <summary>The latest runs, newest first; of one job when <paramref name="jobKey"/> is given.</summary>
    public async Task<IReadOnlyList<JobRun>> RecentAsync(int count, string? jobKey = null, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var query = context.JobRuns.AsQueryable();
        if (jobKey is not null)
        {
            query = query.Where(r => r.JobKey == jobKey);
        }

        var rows = await query.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);
        return rows.Select(ToRun).ToList();
    }

    public async Task<IReadOnlyList<JobRun>> RunningAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var rows = await context.JobRuns.Where(r => r.Outcome == Running).OrderBy(r => r.StartedAt).ToListAsync(cancellationToken);
        return rows.Select(ToRun).ToList();
    }

    /// <summary>
    /// Marks as interrupted the runs still "running" on nodes that are not alive: every node but
    /// <paramref name="liveNodes"/> (compared without case: Hangfire keeps server names in lower case). A node that
    /// died mid-run never wrote its end, and its bar must not spin forever.
    /// </summary>
    public async Task<int> InterruptOrphansAsync(IReadOnlyCollection<string> liveNodes, string error, CancellationToken cancellationToken = default)
    {
        var running = await RunningAsync(cancellationToken);
        var orphans = running.Where(r => !liveNodes.Contains(r.Node, StringComparer.OrdinalIgnoreCase)).Select(r => r.Id).ToList();
        foreach (var id in orphans)
        {
            await FinishAsync(id, JobOutcome.Interrupted, null, error, cancellationToken);
        }

        return orphans.Count;
    }

    /// <summary>
    /// Marks as interrupted the runs of <paramref name="jobKey"/> still "running". Only for a caller that holds the job's
    /// run lock and has not started its own run yet: then no run of the job is alive anywhere, and any left "running"
    /// died with its node.
    /// </summary>
    public async Task<int> InterruptRunningAsync(string jobKey, string error, CancellationToken cancellationToken = default)
    {
        var running = await RunningAsync(cancellationToken);
        var stale = running.Where(r => r.JobKey == jobKey).Select(r => r.Id).ToList();
        foreach (var id in stale)
        {
            await FinishAsync(id, JobOutcome.Interrupted, null, error, cancellationToken);
        }

        return stale.Count;
    }

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();

    private static JobRun ToRun(JobRunEntity row) => new()
    {
        Id = row.Id,
        JobKey = row.JobKey,
        FireId = row.FireId,
        Manual = row.Manual,
        RequestedBy = row.RequestedBy,
        Node = row.Node,
        StartedAt = row.StartedAt,
        EndedAt = row.EndedAt,
        Outcome = JobOutcomeNames.Parse(row.Outcome),
        RowCount = row.RowCount,
        Error = row.Error,
        Progress = row.Progress,
        UpdatedAt = row.UpdatedAt,
    };
}
