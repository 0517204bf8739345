using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Security;

/// <summary>The user_session table: one row per sign-in, so admins can see who is signed in and end a session.</summary>
public sealed class SessionStore(Database database)
{
    private const string Columns =
        "id, user_id AS UserId, created_at AS CreatedAt, last_seen_at AS LastSeenAt, remote_address AS RemoteAddress, " +
        "user_agent AS UserAgent, ended_at AS EndedAt";

    public async Task<UserSession> StartAsync(string userId, string? remoteAddress, string? userAgent, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var session = new UserSession
        {
            Id = Guid.NewGuid().ToString("N"), UserId = userId, CreatedAt = now, LastSeenAt = now,
            RemoteAddress = remoteAddress, UserAgent = Truncate(userAgent, 300),
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO user_session (id, user_id, created_at, last_seen_at, remote_address, user_agent) " +
            "VALUES (@Id, @UserId, @CreatedAt, @LastSeenAt, @RemoteAddress, @UserAgent)", session);
        return session;
    }

    public async Task<UserSession?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserSession>($"SELECT {Columns} FROM user_session WHERE id = @id", new { id });
        return row is null ? null : Utc(row);
    }

    public async Task<IReadOnlyList<UserSession>> OpenSessionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserSession>(
            $"SELECT {Columns} FROM user_session WHERE ended_at IS NULL ORDER BY last_seen_at DESC");
        return rows.Select(Utc).ToList();
    }

    public async Task TouchAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE user_session SET last_seen_at = @now WHERE id = @id", new { id, now = DateTime.UtcNow });
    }

    public async Task<bool> EndAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE user_session SET ended_at = @now WHERE id = @id AND ended_at IS NULL", new { id, now = DateTime.UtcNow }) > 0;
    }

    public async Task<int> EndAllOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE user_session SET ended_at = @now WHERE user_id = @userId AND ended_at IS NULL", new { userId, now = DateTime.UtcNow });
    }

    private static string? Truncate(string? text, int length) => text is { Length: > 0 } t && t.Length > length ? t[..length] : text;

    private static UserSession Utc(UserSession s) => s with
    {
        CreatedAt = DateTime.SpecifyKind(s.CreatedAt, DateTimeKind.Utc),
        LastSeenAt = DateTime.SpecifyKind(s.LastSeenAt, DateTimeKind.Utc),
        EndedAt = s.EndedAt is { } e ? DateTime.SpecifyKind(e, DateTimeKind.Utc) : null,
    };
}
