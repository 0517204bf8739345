using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// The schedules a database kept under Quartz, left in app_state by the migration that dropped Quartz's tables
/// (<see cref="QuartzCarryOver"/>), for the jobs' start-up to give Hangfire once and then forget.
/// </summary>
public sealed class CarriedQuartzSchedules(Database database)
{
    /// <summary>Job key → the cron its Quartz trigger had.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var rows = await context.AppState
            .Where(s => s.Key.StartsWith(QuartzCarryOver.CronPrefix))
            .Select(s => new { s.Key, s.Value })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key[QuartzCarryOver.CronPrefix.Length..], r => r.Value, StringComparer.Ordinal);
    }

    /// <summary>Forgets a job's carried cron once Hangfire holds its schedule.</summary>
    public async Task ForgetAsync(string jobKey, CancellationToken cancellationToken = default)
    {
        var key = QuartzCarryOver.CronPrefix + jobKey;
        await using var context = database.Context();
        await context.AppState.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }
}
