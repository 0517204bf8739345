using System.Security.Claims;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Data.Security;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Jobs;

namespace HealthDashboard.Web.Features.Quality;

/// <summary>
/// The quality list as one user may see it: admins everything, officers their own subtree only (asked or not), and
/// resolving checked again on the server against the finding's unit, whatever the page showed.
/// </summary>
public sealed class QualityService(DataQualityFollowUpStore store, OrgUnitCache units, AuditTrail audit, JobRunStore runs)
{
    public const int MaxNoteLength = 1_000;

    /// <summary>How far back to look for the last good run behind failed ones.</summary>
    private const int RunsLookedAt = 50;

    /// <summary>When the full checks last ran and how it ended (values saved since are checked as they are saved).</summary>
    public async Task<QualityCheckState> CheckStateAsync(CancellationToken cancellationToken = default) =>
        QualityCheckState.Of(await runs.RecentAsync(RunsLookedAt, DashboardJobs.DataQuality.Key, cancellationToken));

    /// <summary>The unit whose subtree the user may follow up: null for an admin (everything); the officer's own unit otherwise.</summary>
    public static OrgUnit? ScopeOf(ClaimsPrincipal user, OrgUnitTree tree, out bool everything)
    {
        everything = user.IsInRole(AppRoles.Admin);
        return everything || user.ScopeUnit() is not { } code ? null : tree.Find(code);
    }

    /// <summary>One page; null when the asked unit is outside the user's scope (or the user has none).</summary>
    public async Task<DataQualityPage?> LoadAsync(ClaimsPrincipal user, QualityFilter filter, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        var scope = ScopeOf(user, tree, out var everything);
        var shown = filter.Unit ?? scope;
        if (!everything && (scope is null || shown is null || !shown.IsInSubtreeOf(scope)))
        {
            return null;
        }

        return await store.QueryAsync(new DataQualityQuery
        {
            UnitPath = shown?.Path, CheckCode = filter.CheckCode, RuleCode = filter.RuleCode,
            FromMonth = filter.From?.ToString(), ToMonth = filter.To?.ToString(), Resolved = filter.Resolved,
            Offset = (filter.Page - 1) * QualityFilter.PageSize, Limit = QualityFilter.PageSize,
        }, cancellationToken);
    }

    /// <summary>Marks a finding resolved with a note, audited; the problem in both languages when it may not or cannot be.</summary>
    public async Task<(string Vi, string En)?> ResolveAsync(ClaimsPrincipal user, long findingId, string? note, CancellationToken cancellationToken = default)
    {
        var text = note?.Trim() ?? "";
        if (text.Length == 0)
        {
            return ("Hãy ghi chú đã xử lý thế nào.", "Please note how it was followed up.");
        }

        if (text.Length > MaxNoteLength)
        {
            return ($"Ghi chú tối đa {MaxNoteLength} ký tự.", $"A note may hold at most {MaxNoteLength} characters.");
        }

        if (await store.FindAsync(findingId, cancellationToken) is not { } finding)
        {
            return ("Phát hiện này không còn (lần kiểm tra mới đã thay thế); hãy tải lại trang.", "This finding is gone (a newer run replaced it); reload the page.");
        }

        if (!UnitScope.CanWrite(user, await units.TreeAsync(cancellationToken), finding.UnitCode))
        {
            return ("Giá trị này không thuộc đơn vị của bạn.", "This value is outside your unit.");
        }

        if (!await store.ResolveAsync(findingId, user.AuditName(), text, cancellationToken))
        {
            return ("Phát hiện này không còn (lần kiểm tra mới đã thay thế); hãy tải lại trang.", "This finding is gone (a newer run replaced it); reload the page.");
        }

        await audit.RecordAsync(user, AuditActions.QualityResolved, "data_quality_finding",
            $"{finding.RuleCode ?? finding.CheckCode}/{finding.ElementCode}/{finding.UnitCode}/{finding.Period}", finding.Note, text, via: "quality");
        return null;
    }
}
