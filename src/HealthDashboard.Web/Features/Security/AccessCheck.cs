using System.Collections.Concurrent;
using System.Security.Claims;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Whether a browser's sign-in still holds: its session not ended, its user not disabled, its kiosk token neither
/// revoked nor expired. Asked on every request (through the cookie) and by every open page every few seconds, so
/// answers are kept for <see cref="Lifetime"/>; a change made on this node forgets them at once. A database outage
/// ends nobody's sign-in.
/// </summary>
public sealed class AccessCheck(SecurityStores stores, IdentityScopes identity, TimeProvider clock, DatabaseOutage outage)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, (AccessEndReason Reason, DateTimeOffset At)> _answers = new();

    public async Task<AccessEndReason> WhyEndedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.FindFirst(AppClaims.KioskToken)?.Value is { } tokenId)
        {
            return await CachedAsync("k:" + tokenId, () => KioskReasonAsync(tokenId, cancellationToken));
        }

        if (user.FindFirst(AppClaims.Session)?.Value is { } sessionId && user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } userId)
        {
            return await CachedAsync("s:" + sessionId, () => SessionReasonAsync(sessionId, userId, cancellationToken));
        }

        // A cookie without a session or token was not made by this app's sign-in.
        return user.Identity?.IsAuthenticated == true && !user.IsApiKey() ? AccessEndReason.SessionEnded : AccessEndReason.None;
    }

    /// <summary>After an admin ends a session, disables a user or revokes a token here.</summary>
    public void Forget() => _answers.Clear();

    private async Task<AccessEndReason> CachedAsync(string key, Func<Task<AccessEndReason>> ask)
    {
        var now = clock.GetUtcNow();
        if (_answers.TryGetValue(key, out var answer) && now - answer.At < Lifetime)
        {
            return answer.Reason;
        }

        AccessEndReason reason;
        try
        {
            reason = await ask();
        }
        catch (Exception error) when (DatabaseFailure.IsOutage(error))
        {
            // Only the database can say a sign-in has ended, and an unreachable or read-only one says nothing: the
            // browser or wall keeps its sign-in (and its page), with the outage's banner. Not kept, so the first check
            // after the outage asks the database again.
            outage.Report(error);
            return AccessEndReason.None;
        }

        _answers[key] = (reason, now);
        return reason;
    }

    private async Task<AccessEndReason> KioskReasonAsync(string tokenId, CancellationToken cancellationToken)
    {
        var token = await stores.Kiosks.FindAsync(tokenId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return token switch
        {
            null => AccessEndReason.KioskUnknown,
            { IsRevoked: true } => AccessEndReason.KioskRevoked,
            _ when token.IsExpired(now) => AccessEndReason.KioskExpired,
            _ => AccessEndReason.None,
        };
    }

    private async Task<AccessEndReason> SessionReasonAsync(string sessionId, string userId, CancellationToken cancellationToken)
    {
        var session = await stores.Sessions.FindAsync(sessionId, cancellationToken);
        if (session is null || !session.IsOpen || session.UserId != userId)
        {
            return AccessEndReason.SessionEnded;
        }

        var disabled = await identity.UseUsersAsync(async users => await users.FindByIdAsync(userId) is not { Disabled: false });
        if (disabled)
        {
            return AccessEndReason.UserDisabled;
        }

        if (DateTime.UtcNow - session.LastSeenAt > TimeSpan.FromMinutes(1))
        {
            await stores.Sessions.TouchAsync(sessionId, cancellationToken);
        }

        return AccessEndReason.None;
    }
}
