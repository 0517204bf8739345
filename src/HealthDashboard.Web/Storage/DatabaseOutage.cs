using HealthDashboard.Data.Db;

namespace HealthDashboard.Web.Storage;

/// <summary>
/// Whether the database is out (stopped, restarting, read-only) as far as this node has seen. Whoever meets an outage
/// reports it here (the error pipeline, the sign-in check, the LISTEN connection); from then on the database is
/// probed every <see cref="ProbeEvery"/> until it reads and writes again, so open pages show a banner while it lasts
/// and lose it by themselves, with no request needed to find out it is back.
/// </summary>
public sealed partial class DatabaseOutage(DataStores stores, IHostApplicationLifetime lifetime, ILogger<DatabaseOutage> logger)
{
    public static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(2);
    private readonly Lock _lock = new();
    private bool _probing;

    public DatabaseFailureKind Kind { get; private set; }

    public bool IsOut => Kind != DatabaseFailureKind.None;

    /// <summary>Raised on a background thread when the outage starts, changes kind or ends.</summary>
    public event Action? Changed;

    /// <summary>What <paramref name="error"/> says about the database; when it is an outage, from now until it ends.</summary>
    public DatabaseFailureKind Report(Exception error)
    {
        var kind = DatabaseFailure.Classify(error);
        if (kind == DatabaseFailureKind.None)
        {
            return kind;
        }

        if (DatabaseFailure.BrokeConnections(error))
        {
            stores.Database.ClearPool();
        }

        bool changed, startProbe;
        lock (_lock)
        {
            changed = Kind != kind;
            Kind = kind;
            startProbe = !_probing;
            _probing = true;
        }

        if (changed)
        {
            LogOut(kind, error.GetBaseException().Message);
            Changed?.Invoke();
        }

        if (startProbe)
        {
            _ = ProbeUntilBackAsync(lifetime.ApplicationStopping);
        }

        return kind;
    }

    private async Task ProbeUntilBackAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                await Task.Delay(ProbeEvery, stopping);
                try
                {
                    await stores.Database.ProbeAsync(stopping);
                    break;
                }
                catch (Exception error) when (!stopping.IsCancellationRequested)
                {
                    // Still out, or out another way (a stopped server that comes back read-only).
                    if (DatabaseFailure.BrokeConnections(error))
                    {
                        stores.Database.ClearPool();
                    }

                    var kind = DatabaseFailure.Classify(error);
                    if (kind != DatabaseFailureKind.None && kind != Kind)
                    {
                        Kind = kind;
                        Changed?.Invoke();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_lock)
        {
            Kind = DatabaseFailureKind.None;
            _probing = false;
        }

        LogBack();
        Changed?.Invoke();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is out ({Kind}): {Reason}. Open pages keep their figures until it is back.")]
    private partial void LogOut(DatabaseFailureKind kind, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is back: it reads and writes again.")]
    private partial void LogBack();
}
