using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Jobs;

/// <summary>The job_run table: each run is written when it starts, while it runs (progress) and when it ends.</summary>
public sealed class JobRunStore(Database database)
{
    private const string Columns =
        "id, job_key AS JobKey, fire_id AS FireId, manual, requested_by AS RequestedBy, node, started_at AS StartedAt, " +
        "ended_at AS EndedAt, outcome, row_count AS RowCount, error, progress, updated_at AS UpdatedAt";

    public async Task<long> StartAsync(NewJobRun run, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO job_run (job_key, fire_id, manual, requested_by, node, started_at, outcome, progress, updated_at) " +
            "VALUES (@JobKey, @FireId, @Manual, @RequestedBy, @Node, @StartedAt, @Outcome, 0, @StartedAt) RETURNING id",
            new { run.JobKey, run.FireId, run.Manual, run.RequestedBy, run.Node, StartedAt = Utc(run.StartedAt), Outcome = JobOutcomeNames.ToName(JobOutcome.Running) });
    }

    public async Task ReportProgressAsync(long id, double progress, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE job_run SET progress = @progress, updated_at = @at WHERE id = @id AND outcome = @running",
            new { id, progress = Math.Clamp(progress, 0, 1), at = DateTime.UtcNow, running = JobOutcomeNames.ToName(JobOutcome.Running) });
    }

    public async Task FinishAsync(long id, JobOutcome outcome, long? rowCount, string? error, CancellationToken cancellationToken = default)
    {
        var at = DateTime.UtcNow;
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE job_run SET outcome = @outcome, ended_at = @at, updated_at = @at, row_count = @rowCount, error = @error, " +
            "progress = CASE WHEN @succeeded THEN 1 ELSE progress END WHERE id = @id",
            new { id, outcome = JobOutcomeNames.ToName(outcome), at, rowCount, error, succeeded = outcome == JobOutcome.Succeeded });
    }

    /// <summary>The latest runs, newest first; of one job when <paramref name="jobKey"/> is given.</summary>
    public async Task<IReadOnlyList<JobRun>> RecentAsync(int count, string? jobKey = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM job_run WHERE @jobKey IS NULL OR job_key = @jobKey ORDER BY started_at DESC, id DESC LIMIT @count",
            new { count, jobKey });
        return rows.Select(r => r.ToRun()).ToList();
    }

    public async Task<IReadOnlyList<JobRun>> RunningAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM job_run WHERE outcome = @running ORDER BY started_at",
            new { running = JobOutcomeNames.ToName(JobOutcome.Running) });
        return rows.Select(r => r.ToRun()).ToList();
    }

    /// <summary>
    /// Marks as interrupted the runs still "running" on nodes that are not alive: every node but
    /// <paramref name="liveNodes"/>. A node that died mid-run never wrote its end, and its bar must not spin forever.
    /// </summary>
    public async Task<int> InterruptOrphansAsync(IReadOnlyCollection<string> liveNodes, string error, CancellationToken cancellationToken = default)
    {
        var running = await RunningAsync(cancellationToken);
        var orphans = running.Where(r => !liveNodes.Contains(r.Node)).Select(r => r.Id).ToList();
        foreach (var id in orphans)
        {
            await FinishAsync(id, JobOutcome.Interrupted, null, error, cancellationToken);
        }

        return orphans.Count;
    }

    /// <summary>
    /// The nodes of a clustered Quartz scheduler that checked in since <paramref name="since"/> (Quartz's own table,
    /// times in UTC ticks). Empty on a single node: Quartz checks in only when clustered.
    /// </summary>
    public async Task<IReadOnlyList<string>> LiveNodesAsync(string schedulerName, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var nodes = await connection.QueryAsync<string>(
            "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = @schedulerName AND LAST_CHECKIN_TIME >= @ticks",
            new { schedulerName, ticks = since.UtcTicks });
        return nodes.ToList();
    }

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();

    // Read as plain values: SQLite hands back text and integers where PostgreSQL has timestamps and booleans.
    private sealed class Row
    {
        public long Id { get; init; }
        public string JobKey { get; init; } = "";
        public string FireId { get; init; } = "";
        public bool Manual { get; init; }
        public string? RequestedBy { get; init; }
        public string Node { get; init; } = "";
        public DateTime StartedAt { get; init; }
        public DateTime? EndedAt { get; init; }
        public string Outcome { get; init; } = "";
        public long? RowCount { get; init; }
        public string? Error { get; init; }
        public double Progress { get; init; }
        public DateTime UpdatedAt { get; init; }

        public JobRun ToRun() => new()
        {
            Id = Id,
            JobKey = JobKey,
            FireId = FireId,
            Manual = Manual,
            RequestedBy = RequestedBy,
            Node = Node,
            StartedAt = DateTime.SpecifyKind(StartedAt, DateTimeKind.Utc),
            EndedAt = EndedAt is { } ended ? DateTime.SpecifyKind(ended, DateTimeKind.Utc) : null,
            Outcome = JobOutcomeNames.Parse(Outcome),
            RowCount = RowCount,
            Error = Error,
            Progress = Progress,
            UpdatedAt = DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc),
        };
    }
}
