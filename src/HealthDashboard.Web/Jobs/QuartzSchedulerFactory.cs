using HealthDashboard.Data.Db;
using HealthDashboard.Web.Realtime.Postgres;
using Quartz;
using Quartz.Impl;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Builds the Quartz scheduler on the app's own database: AdoJobStore, clustered on PostgreSQL (each job fires on one
/// node), single-node on SQLite. The tables come from migration 0004.
/// </summary>
public static class QuartzSchedulerFactory
{
    // Quartz keeps every scheduler in a process-wide repository by name, and refuses a second one of the same name.
    // Nodes of a cluster must share the name, and tests run several apps in one process: each app holds its own
    // scheduler and takes it out of the repository at once, under this lock.
    private static readonly SemaphoreSlim RepositoryLock = new(1, 1);

    /// <param name="node">This node's id, unique in the cluster (<see cref="NodeIdentity"/>): Quartz's instance id.</param>
    public static async Task<IScheduler> CreateAsync(Database database, JobsOptions options, string node, CancellationToken cancellationToken)
    {
        var builder = SchedulerBuilder.Create()
            .WithName(options.SchedulerName)
            .WithId(node)
            .WithMisfireThreshold(TimeSpan.FromMinutes(1))
            .WithInterruptJobsOnShutdownWithWait(true)
            .UseDefaultThreadPool(3);
        builder.SetProperty("quartz.scheduler.idleWaitTime", ((long)options.IdleWaitTime.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Quartz also keeps data sources in a process-wide registry by name: a name of its own per scheduler keeps two
        // apps in one process (tests) each on its own database.
        var dataSource = "hd-" + Guid.NewGuid().ToString("N");
        builder.UsePersistentStore(store =>
        {
            // String-only job data: readable in the database and safe across versions of the app.
            store.UseProperties = true;
            store.PerformSchemaValidation = true;
            store.UseSerializer<StringMapSerializer>();
            if (database.IsPostgres)
            {
                store.UsePostgres(db => db.ConnectionString = database.ConnectionString, dataSource);
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = options.ClusterCheckinInterval;
                    cluster.CheckinMisfireThreshold = options.ClusterCheckinInterval * 3;
                });
            }
            else
            {
                store.UseMicrosoftSQLite(db => db.ConnectionString = database.ConnectionString, dataSource);
            }
        });

        await RepositoryLock.WaitAsync(cancellationToken);
        try
        {
            var scheduler = await builder.BuildScheduler();
            SchedulerRepository.Instance.Remove(scheduler.SchedulerName);
            return scheduler;
        }
        finally
        {
            RepositoryLock.Release();
        }
    }
}
