using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Admin.Kiosks;

/// <summary>A new kiosk token asked for on the page: its name, playlist and optional last day.</summary>
public sealed class KioskDraft
{
    public string Name { get; set; } = "";
    public string PlaylistCode { get; set; } = "";

    /// <summary>The last day the kiosk works (Vietnam time), as the date picker gives it; none: it never expires.</summary>
    public DateTime? ExpiresOn { get; set; }
}

/// <summary>Creates and revokes kiosk tokens, checked first and audited after.</summary>
public sealed class KioskAdminService(KioskTokenStore kiosks, DataStores stores, AuditTrail audit, AccessCheck access, AdminClock clock)
{
    public const int MaxName = 100;

    public Task<IReadOnlyList<KioskToken>> ListAsync(CancellationToken cancellationToken = default) => kiosks.ListAsync(cancellationToken);

    public Task<IReadOnlyList<WallPlaylist>> PlaylistsAsync(CancellationToken cancellationToken = default) =>
        new PlaylistStore(stores.Database).ListAsync(cancellationToken);

    /// <summary>The token and its secret (to be shown once), or every problem and nothing stored.</summary>
    public async Task<(IReadOnlyList<AdminProblem> Problems, KioskToken? Token, string? Secret)> CreateAsync(
        ClaimsPrincipal actor, KioskDraft draft, CancellationToken cancellationToken = default)
    {
        var problems = new List<AdminProblem>();
        var name = draft.Name.Trim();
        if (name.Length == 0)
        {
            problems.Add(new("Hãy đặt tên cho kiosk (ví dụ: Phòng họp tầng 2).", "Give the kiosk a name (e.g. Meeting room, 2nd floor)."));
        }
        else if (name.Length > MaxName)
        {
            problems.Add(new($"Tên dài quá {MaxName} ký tự.", $"The name is longer than {MaxName} characters."));
        }

        var playlists = await PlaylistsAsync(cancellationToken);
        var playlist = playlists.FirstOrDefault(p => string.Equals(p.Code, draft.PlaylistCode?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (playlist is null)
        {
            problems.Add(new("Hãy chọn một danh sách trình chiếu có sẵn.", "Choose one of the playlists."));
        }

        DateTime? expiresAt = null;
        var lastDay = draft.ExpiresOn is { } picked ? DateOnly.FromDateTime(picked) : (DateOnly?)null;
        if (lastDay is { } day)
        {
            // The picker lets a past day be typed; the page's clock is not trusted to have stopped it.
            if (day < clock.Today)
            {
                problems.Add(new($"Ngày hết hạn {AdminClock.FormatDay(day)} đã qua: hãy chọn hôm nay ({AdminClock.FormatDay(clock.Today)}) hoặc một ngày sau.",
                    $"The expiry date {AdminClock.FormatDay(day)} is past: choose today ({AdminClock.FormatDay(clock.Today)}) or a later day."));
            }
            else
            {
                expiresAt = clock.EndOfDayUtc(day);
            }
        }

        if (problems.Count > 0)
        {
            return (problems, null, null);
        }

        var (token, secret) = await kiosks.CreateAsync(name, playlist!.Code, expiresAt, actor.AuditName(), cancellationToken);
        await audit.RecordAsync(actor, AuditActions.KioskCreated, "kiosk", token.Id, null,
            $"name={token.Name}; playlist={token.PlaylistCode}; expires={(expiresAt is { } e ? "end of " + AdminClock.FormatDay(lastDay!.Value) + " (" + clock.Format(e) + ")" : "never")}");
        return ([], token, secret);
    }

    public async Task<bool> RevokeAsync(ClaimsPrincipal actor, KioskToken token, CancellationToken cancellationToken = default)
    {
        if (!await kiosks.RevokeAsync(token.Id, cancellationToken))
        {
            return false;
        }

        access.Forget();
        await audit.RecordAsync(actor, AuditActions.KioskRevoked, "kiosk", token.Id, $"active: {token.Name}", "revoked");
        return true;
    }
}
