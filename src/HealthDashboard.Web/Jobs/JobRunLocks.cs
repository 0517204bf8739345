using System.Collections.Concurrent;
using HealthDashboard.Data.Db;
using Npgsql;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// One run of a job at a time. On PostgreSQL, a session advisory lock held on a connection of its own for the length
/// of the run: every node sees it, and a node that dies lets go of it with its connection (Hangfire's own distributed
/// locks would hold on until their timeout). On SQLite there is one node, and a semaphore per job does.
/// </summary>
public sealed class JobRunLocks(Database database)
{
    // Advisory locks are two int4s: this class id, and the job key's hash.
    private const int LockClass = 0x4844_4A42; // "HDJB"
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new(StringComparer.Ordinal);

    /// <summary>Waits up to <paramref name="timeout"/> for the job's lock; throws <see cref="TimeoutException"/> if another run keeps it.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string jobKey, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!database.IsPostgres)
        {
            var semaphore = _local.GetOrAdd(jobKey, _ => new SemaphoreSlim(1, 1));
            if (!await semaphore.WaitAsync(timeout, cancellationToken))
            {
                throw Busy(jobKey, timeout);
            }

            return new Release(() =>
            {
                semaphore.Release();
                return ValueTask.CompletedTask;
            });
        }

        var connection = (NpgsqlConnection)await database.OpenAsync(cancellationToken);
        try
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!await TryLockAsync(connection, jobKey, cancellationToken))
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw Busy(jobKey, timeout);
                }

                await Task.Delay(RetryEvery, cancellationToken);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new Release(async () =>
        {
            try
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@class, hashtext(@key))", connection);
                unlock.Parameters.AddWithValue("class", LockClass);
                unlock.Parameters.AddWithValue("key", jobKey);
                await unlock.ExecuteScalarAsync(CancellationToken.None);
            }
            finally
            {
                // Closing the session would release it too; the explicit unlock keeps a pooled session clean.
                await connection.DisposeAsync();
            }
        });
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, string jobKey, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@class, hashtext(@key))", connection);
        command.Parameters.AddWithValue("class", LockClass);
        command.Parameters.AddWithValue("key", jobKey);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static TimeoutException Busy(string jobKey, TimeSpan timeout) =>
        new($"Another run of job {jobKey} held its lock for more than {timeout}; this one is retried later.");

    private sealed class Release(Func<ValueTask> release) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync() => Interlocked.Exchange(ref _released, 1) == 0 ? release() : ValueTask.CompletedTask;
    }
}
