using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Realtime.Postgres;
using HealthDashboard.Web.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Starts Quartz once the database is migrated (its tables come with the migrations), creates the app's jobs where
/// they are missing (an admin's edited schedule survives restarts) and stops it with the app, letting running jobs
/// end as interrupted.
/// </summary>
public sealed partial class SchedulerHost(
    IServiceProvider services,
    SchedulerHolder holder,
    DataReadiness readiness,
    NodeIdentity node,
    IOptions<JobsOptions> options,
    ILoggerFactory loggers,
    ILogger<SchedulerHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            holder.MarkDisabled();
            return;
        }

        try
        {
            await readiness.WhenReady.WaitAsync(stoppingToken);
        }
        catch (InvalidOperationException error)
        {
            // The database could not be prepared: the pages already say so; nothing to schedule on.
            holder.MarkFailed(error);
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            Quartz.Logging.LogContext.SetCurrentLogProvider(loggers);
            // Resolved only now: the stores open the database, which a misconfigured app must not touch at start.
            var stores = services.GetRequiredService<DataStores>();
            var bootstrap = services.GetRequiredService<JobsBootstrap>();
            var scheduler = await QuartzSchedulerFactory.CreateAsync(stores.Database, options.Value, node.Id, stoppingToken);
            scheduler.JobFactory = new ServiceJobFactory(services);
            await bootstrap.EnsureJobsAsync(scheduler, stoppingToken);
            await bootstrap.InterruptOrphanedRunsAsync(scheduler, stoppingToken);
            await scheduler.Start(stoppingToken);
            // Months may have ended while no node ran: the reports owed are written now rather than on the next 1st.
            // The job writes only what is missing, so every node's start may ask; the job store runs it once at a time.
            await scheduler.TriggerJob(DashboardJobs.Completeness.JobKey, new JobDataMap { [JobDataKeys.RequestedBy] = "start-up" }, stoppingToken);
            LogStarted(scheduler.SchedulerName, node.Id, stores.Database.IsPostgres);
            holder.MarkRunning(scheduler);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while starting.
        }
        catch (Exception error)
        {
            LogFailed(error);
            holder.MarkFailed(error);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (holder.Scheduler is { IsShutdown: false } scheduler)
        {
            // Interrupts running jobs (their token is cancelled) and waits for them to write how they ended.
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler {Name} started as node {Node} (clustered: {Clustered})")]
    private partial void LogStarted(string name, string node, bool clustered);

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduler could not start")]
    private partial void LogFailed(Exception error);
}
