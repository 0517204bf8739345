using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.States;
using HealthDashboard.Web.Realtime.Postgres;
using HealthDashboard.Web.Storage;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// This node's Hangfire, started once the database is ready: creates the app's recurring jobs where they are missing
/// (an admin's edited schedule survives restarts), closes runs that died with their node, starts the server and asks
/// for the reports-due upkeep; stops it with the app, letting running jobs end as interrupted. The admin page asks
/// here for the state and the runtime.
/// </summary>
public sealed partial class JobsHost(
    IServiceProvider services,
    DataReadiness readiness,
    NodeIdentity node,
    IOptions<JobsOptions> options,
    ILogger<JobsHost> logger) : BackgroundService
{
    private readonly TaskCompletionSource<JobsRuntime> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JobsRuntime? _runtime;

    public SchedulerState State { get; private set; } = SchedulerState.Starting;

    /// <summary>Completes when the server runs; faults when it cannot, so callers do not wait for ever.</summary>
    public Task<JobsRuntime> WhenStarted => _started.Task;

    public event Action? Changed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            Mark(SchedulerState.Disabled, new InvalidOperationException("The scheduler is turned off on this node (Jobs:Enabled = false)."));
            return;
        }

        try
        {
            await readiness.WhenReady.WaitAsync(stoppingToken);
        }
        catch (InvalidOperationException error)
        {
            // The database could not be prepared: the pages already say so; nothing to schedule on.
            Mark(SchedulerState.Failed, new InvalidOperationException("The scheduler could not start.", error));
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            // Resolved only now: the stores open the database, which a misconfigured app must not touch at start.
            var stores = services.GetRequiredService<DataStores>();
            var bootstrap = services.GetRequiredService<JobsBootstrap>();
            // Hangfire's storage opens connections and may create its schema: off the start-up thread.
            var runtime = await Task.Run(() => new JobsRuntime(JobStorageFactory.Create(stores.Database, options.Value), Filters()), stoppingToken);
            _runtime = runtime;
            await bootstrap.EnsureJobsAsync(runtime, stoppingToken);
            await bootstrap.InterruptOrphanedRunsAsync(runtime, stoppingToken);
            runtime.StartServer(ServerOptions());
            // Months may have ended while no node ran: the reports owed are written now rather than on the next 1st.
            // The job writes only what is missing, so every node's start may ask; one run of it goes at a time.
            runtime.Client.Create(JobCalls.Once(DashboardJobs.Completeness, manual: false, JobRequesters.StartUp), new EnqueuedState());
            LogStarted(node.Id, stores.Database.IsPostgres);
            State = SchedulerState.Running;
            _started.TrySetResult(runtime);
            Changed?.Invoke();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while starting.
        }
        catch (Exception error)
        {
            LogFailed(error);
            Mark(SchedulerState.Failed, new InvalidOperationException("The scheduler could not start.", error));
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (Interlocked.Exchange(ref _runtime, null) is { } runtime)
        {
            await runtime.DisposeAsync();
        }
    }

    /// <summary>
    /// The filters of this app's jobs, server and client alike: Hangfire's retries (a run that could not even start,
    /// such as one that waited too long for the job's lock), then the pause, then one run per job at a time.
    /// </summary>
    private JobFilterProviderCollection Filters()
    {
        var filters = new JobFilterCollection();
        filters.Add(new AutomaticRetryAttribute { Attempts = 3 }, 0);
        filters.Add(ActivatorUtilities.CreateInstance<PausedOccurrenceFilter>(services), 1);
        filters.Add(ActivatorUtilities.CreateInstance<OneRunPerJobFilter>(services), 2);
        return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
    }

    private BackgroundJobServerOptions ServerOptions()
    {
        var value = options.Value;
        return new BackgroundJobServerOptions
        {
            // Hangfire keeps it in lower case, followed by ":" and an id of its own (see JobsBootstrap).
            ServerName = node.Id,
            WorkerCount = 3,
            SchedulePollingInterval = value.SchedulePollingInterval,
            HeartbeatInterval = value.HeartbeatInterval,
            ServerTimeout = value.ServerTimeout,
            ServerCheckInterval = value.ServerTimeout,
            FilterProvider = _runtime!.Filters,
            // Each run is built in a scope of its own from this app's services (not Hangfire's static activator).
            Activator = new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
        };
    }

    private void Mark(SchedulerState state, Exception error)
    {
        State = state;
        _started.TrySetException(error);
        Changed?.Invoke();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hangfire started as node {Node} (shared PostgreSQL storage: {Clustered})")]
    private partial void LogStarted(string node, bool clustered);

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduler could not start")]
    private partial void LogFailed(Exception error);
}
