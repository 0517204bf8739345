using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Seeding;

/// <summary>
/// The right to seed a database, and so to repair a seed that was interrupted: held by one process at a time (the web
/// app on its first start, the CLI's <c>seed</c>, a second node), for as long as it checks, wipes and writes the sample.
/// A process that finds the sample half-made while the claim is held elsewhere waits for it instead of "repairing" a
/// seed that is still being written (which wiped the units under the writer's feet: its next values failed on a
/// foreign key and the first start ended in "failed").
/// </summary>
/// <remarks>
/// Both kinds of claim are released by the system when their holder dies, so a crashed seeder never leaves a claim
/// behind and no lease, heartbeat or expiry guess is needed; the next holder then finds the "started" marker and redoes
/// the seed. PostgreSQL: a session advisory lock on a connection kept open while the claim is held (shared by every node
/// of the database). SQLite: an exclusive lock on a file beside the database (<c>dashboard.db.seed-lock</c>), which
/// .NET takes with flock on Linux and a share-none open on Windows: the same kind of operating-system lock SQLite itself
/// relies on, and a SQLite database is only ever shared by processes of one machine. The file is never deleted:
/// deleting it while another process waits on it would let two processes lock two different files.
/// (Setting DOTNET_SYSTEM_IO_DISABLEFILELOCKING switches .NET's file locks off, and this claim with them.)
/// </remarks>
public sealed class SeedClaim : IAsyncDisposable
{
    // Serialises seeding between processes sharing one PostgreSQL database.
    private const long PostgresSeedLockKey = 0x48445F5345454401;
    private static readonly TimeSpan SqlitePollInterval = TimeSpan.FromMilliseconds(250);

    private readonly DashboardDbContext? _postgres;
    private readonly FileStream? _lockFile;

    /// <param name="postgres">A context whose connection stays open while the claim is held: the lock is its session's.</param>
    private SeedClaim(DashboardDbContext? postgres, FileStream? lockFile)
    {
        _postgres = postgres;
        _lockFile = lockFile;
    }

    /// <summary>Takes the claim, waiting while another process holds it; <paramref name="waiting"/> is called once if it must wait.</summary>
    public static async Task<SeedClaim> TakeAsync(Database database, Action? waiting, CancellationToken cancellationToken)
    {
        if (database.IsPostgres)
        {
            var context = database.Context();
            try
            {
                await context.Database.OpenConnectionAsync(cancellationToken);
                var taken = await context.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({PostgresSeedLockKey}) AS \"Value\"")
                    .ToListAsync(cancellationToken);
                if (!taken.Single())
                {
                    waiting?.Invoke();
                    // No command timeout: a seed takes minutes on PostgreSQL, and the 30-second default ended the
                    // waiting CLI with "Exception while reading from stream". Ctrl+C still cancels the wait.
                    context.Database.SetCommandTimeout(0);
                    await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PostgresSeedLockKey})", cancellationToken);
                    context.Database.SetCommandTimeout(null);
                }

                return new SeedClaim(context, null);
            }
            catch
            {
                await context.DisposeAsync();
                throw;
            }
        }

        if (LockFilePath(database) is not { } path)
        {
            // An in-memory database belongs to one process: no one else can seed it.
            return new SeedClaim(null, null);
        }

        var told = false;
        while (true)
        {
            try
            {
                return new SeedClaim(null, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // Locked by another process; anything else wrong with the folder would have failed opening the database.
                if (!told)
                {
                    waiting?.Invoke();
                    told = true;
                }

                await Task.Delay(SqlitePollInterval, cancellationToken);
            }
        }
    }

    private static string? LockFilePath(Database database)
    {
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        var file = builder.DataSource;
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(file) || file == ":memory:"
            ? null
            : Path.GetFullPath(file) + ".seed-lock";
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            // Closing the session would release the lock too, but a pooled connection is kept open: unlock it first.
            await _postgres.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PostgresSeedLockKey})");
            await _postgres.DisposeAsync();
        }

        if (_lockFile is not null)
        {
            await _lockFile.DisposeAsync();
        }
    }
}
