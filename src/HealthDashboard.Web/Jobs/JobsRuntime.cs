using Hangfire;
using Hangfire.Common;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// One app's Hangfire: its storage, the filters its server and client apply, the client that enqueues runs, the
/// manager of recurring schedules and, once started, the server. Nothing of it is Hangfire's process-wide static
/// configuration, so several apps in one process (tests) each keep their own.
/// </summary>
public sealed class JobsRuntime : IAsyncDisposable
{
    public JobsRuntime(JobStorage storage, IJobFilterProvider filters)
    {
        Storage = storage;
        Filters = filters;
        Client = new BackgroundJobClient(storage, filters);
        Recurring = new RecurringJobManager(storage, filters);
    }

    public JobStorage Storage { get; }

    public IJobFilterProvider Filters { get; }

    public IBackgroundJobClient Client { get; }

    public IRecurringJobManager Recurring { get; }

    public BackgroundJobServer? Server { get; private set; }

    public void StartServer(BackgroundJobServerOptions options) => Server = new BackgroundJobServer(options, Storage);

    /// <summary>
    /// Stops taking runs and cancels the running ones (their token), then waits for them to write how they ended.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Server is { } server)
        {
            server.SendStop();
            await server.WaitForShutdownAsync(CancellationToken.None);
            server.Dispose();
        }

        (Storage as IDisposable)?.Dispose();
    }
}
