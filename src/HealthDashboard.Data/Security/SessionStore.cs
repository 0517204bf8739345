using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Security;

/// <summary>The user_session table: one row per sign-in, so admins can see who is signed in and end a session.</summary>
public sealed class SessionStore(Database database)
{
    public async Task<UserSession> StartAsync(string userId, string? remoteAddress, string? userAgent, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var row = new UserSessionEntity
        {
            Id = Guid.NewGuid().ToString("N"), UserId = userId, CreatedAt = now, LastSeenAt = now,
            RemoteAddress = remoteAddress, UserAgent = Truncate(userAgent, 300),
        };
        await using var context = database.Context();
        context.UserSessions.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return ToSession(row);
    }

    public async Task<UserSession?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var row = await context.UserSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return row is null ? null : ToSession(row);
    }

    public async Task<IReadOnlyList<UserSession>> OpenSessionsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var rows = await context.UserSessions.Where(s => s.EndedAt == null).OrderByDescending(s => s.LastSeenAt).ToListAsync(cancellationToken);
        return rows.Select(ToSession).ToList();
    }

    public async Task TouchAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        await using var context = database.Context();
        await context.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
    }

    public async Task<bool> EndAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        await using var context = database.Context();
        return await context.UserSessions.Where(s => s.Id == id && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken) > 0;
    }

    public async Task<int> EndAllOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        await using var context = database.Context();
        return await context.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    private static string? Truncate(string? text, int length) => text is { Length: > 0 } t && t.Length > length ? t[..length] : text;

    private static UserSession ToSession(UserSessionEntity s) => new()
    {
        Id = s.Id, UserId = s.UserId, CreatedAt = s.CreatedAt, LastSeenAt = s.LastSeenAt, RemoteAddress = s.RemoteAddress,
        UserAgent = s.UserAgent, EndedAt = s.EndedAt,
    };
}
