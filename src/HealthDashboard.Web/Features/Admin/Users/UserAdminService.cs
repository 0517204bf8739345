using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using Microsoft.AspNetCore.Identity;

namespace HealthDashboard.Web.Features.Admin.Users;

/// <summary>
/// Creates, edits, disables, enables and resets users and ends sessions, each checked first and audited after.
/// A change of role or unit, a reset and a disabling end the user's open sessions: the role and unit travel in the
/// sign-in cookie, so only a new sign-in picks the new ones up.
/// </summary>
public sealed class UserAdminService(UserStore users, SessionStore sessions, AuditTrail audit, AccessCheck access, OrgUnitCache units, AdminClock clock)
{
    public const int MaxDisplayName = 120;
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default) => users.ListAsync(cancellationToken);

    public Task<IReadOnlyList<UserSession>> OpenSessionsAsync(CancellationToken cancellationToken = default) => sessions.OpenSessionsAsync(cancellationToken);

    public async Task<UserOutcome> CreateAsync(ClaimsPrincipal actor, UserDraft draft, CancellationToken cancellationToken = default)
    {
        var problems = new List<AdminProblem>();
        var userName = draft.UserName.Trim();
        if (!UserAccounts.IsValidUserName(userName))
        {
            problems.Add(new("Tên đăng nhập cần 3–64 ký tự, chỉ gồm chữ cái, chữ số và . _ - @.",
                "The user name needs 3–64 characters: letters, digits and . _ - @ only."));
        }

        CheckDisplayName(draft.DisplayName, problems);
        var role = AppRoles.Parse(draft.Role);
        var unit = await CheckRoleAndUnitAsync(role, draft.UnitCode, problems, cancellationToken);
        var password = draft.GeneratePassword ? UserAccounts.RandomPassword() : draft.Password;
        if (!draft.GeneratePassword)
        {
            problems.AddRange(PasswordRules.Problems(userName, password).Select(AdminProblem.From));
        }

        if (problems.Count == 0 && await users.FindByNormalizedNameAsync(UserAccounts.Normalize(userName), cancellationToken) is not null)
        {
            problems.Add(Taken(userName));
        }

        if (problems.Count > 0)
        {
            return new UserOutcome(problems);
        }

        // A password the admin has seen, typed or generated, is one the user must replace at the first sign-in.
        var account = UserAccounts.New(userName, draft.DisplayName, role!, unit, password, mustChangePassword: true);
        if (!await users.CreateAsync(account, cancellationToken))
        {
            return new UserOutcome([Taken(userName)]);
        }

        await audit.RecordAsync(actor, AuditActions.UserCreated, "user", account.UserName, null, Describe(account));
        return UserOutcome.Done(draft.GeneratePassword ? password : null);
    }

    public async Task<UserOutcome> UpdateAsync(ClaimsPrincipal actor, UserEdit edit, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(edit.Id, cancellationToken) is not { } user)
        {
            return Gone();
        }

        var problems = new List<AdminProblem>();
        CheckDisplayName(edit.DisplayName, problems);
        var role = AppRoles.Parse(edit.Role);
        var unit = await CheckRoleAndUnitAsync(role, edit.UnitCode, problems, cancellationToken);
        if (IsSelf(actor, user) && role is not null && role != AppRoles.Admin)
        {
            problems.Add(new("Bạn không thể tự bỏ quyền quản trị của mình. Hãy nhờ một quản trị viên khác.",
                "You cannot take away your own administrator role. Ask another administrator."));
        }

        if (problems.Count > 0)
        {
            return new UserOutcome(problems);
        }

        var displayName = string.IsNullOrWhiteSpace(edit.DisplayName) ? user.UserName : edit.DisplayName.Trim();
        var updated = user with { DisplayName = displayName, Role = role!, UnitCode = unit };
        if (updated == user)
        {
            return UserOutcome.Done();
        }

        var rightsChanged = updated.Role != user.Role || updated.UnitCode != user.UnitCode;
        if (rightsChanged)
        {
            updated = updated with { SecurityStamp = NewStamp() };
        }

        await users.UpdateAsync(updated, cancellationToken);
        if (rightsChanged)
        {
            await sessions.EndAllOfAsync(user.Id, cancellationToken);
            access.Forget();
        }

        var (before, after) = Changes(user, updated);
        await audit.RecordAsync(actor, AuditActions.UserUpdated, "user", user.UserName, before, after);
        return UserOutcome.Done();
    }

    public async Task<UserOutcome> DisableAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(id, cancellationToken) is not { } user)
        {
            return Gone();
        }

        if (IsSelf(actor, user))
        {
            return UserOutcome.Fail("Bạn không thể tự vô hiệu hóa tài khoản của mình.", "You cannot disable your own account.");
        }

        if (!user.Disabled)
        {
            await users.UpdateAsync(user with { Disabled = true, SecurityStamp = NewStamp() }, cancellationToken);
        }

        var ended = await sessions.EndAllOfAsync(user.Id, cancellationToken);
        access.Forget();
        if (!user.Disabled)
        {
            await audit.RecordAsync(actor, AuditActions.UserDisabled, "user", user.UserName, "active", $"disabled; sessions ended: {ended}");
        }

        return UserOutcome.Done();
    }

    public async Task<UserOutcome> EnableAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(id, cancellationToken) is not { } user)
        {
            return Gone();
        }

        if (user.Disabled)
        {
            await users.UpdateAsync(user with { Disabled = false }, cancellationToken);
            access.Forget();
            await audit.RecordAsync(actor, AuditActions.UserEnabled, "user", user.UserName, "disabled", "active");
        }

        return UserOutcome.Done();
    }

    /// <summary>A new one-time password, the lockout lifted, and every open session of the user ended.</summary>
    public async Task<UserOutcome> ResetPasswordAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(id, cancellationToken) is not { } user)
        {
            return Gone();
        }

        var password = UserAccounts.RandomPassword();
        var wasLocked = user.LockoutEnd is { } end && end > clock.UtcNow;
        var reset = user with
        {
            PasswordHash = Hasher.HashPassword(user, password), MustChangePassword = true, AccessFailedCount = 0, LockoutEnd = null,
            SecurityStamp = NewStamp(),
        };
        await users.UpdateAsync(reset, cancellationToken);
        var ended = IsSelf(actor, user) ? 0 : await sessions.EndAllOfAsync(user.Id, cancellationToken);
        access.Forget();
        await audit.RecordAsync(actor, AuditActions.PasswordReset, "user", user.UserName,
            wasLocked ? "locked" : null, $"one-time password; unlocked; sessions ended: {ended}");
        return UserOutcome.Done(password);
    }

    public async Task<UserOutcome> EndSessionAsync(ClaimsPrincipal actor, UserSession session, string userName, CancellationToken cancellationToken = default)
    {
        if (await sessions.EndAsync(session.Id, cancellationToken))
        {
            access.Forget();
            await audit.RecordAsync(actor, AuditActions.SessionEnded, "session", session.Id, userName,
                $"ended (started {clock.Format(session.CreatedAt)}, {session.RemoteAddress})");
        }

        return UserOutcome.Done();
    }

    public static bool IsSelf(ClaimsPrincipal actor, UserAccount user) =>
        actor.FindFirst(ClaimTypes.NameIdentifier)?.Value == user.Id;

    private static void CheckDisplayName(string? displayName, List<AdminProblem> problems)
    {
        if ((displayName ?? "").Trim().Length > MaxDisplayName)
        {
            problems.Add(new($"Tên hiển thị dài quá {MaxDisplayName} ký tự.", $"The display name is longer than {MaxDisplayName} characters."));
        }
    }

    /// <summary>The unit as the tree spells it (null for none), adding the problems with the role and the unit.</summary>
    private async Task<string?> CheckRoleAndUnitAsync(string? role, string? unitCode, List<AdminProblem> problems, CancellationToken cancellationToken)
    {
        if (role is null)
        {
            problems.Add(new("Hãy chọn vai trò: Quản trị viên, Lãnh đạo hoặc Cán bộ y tế.", "Choose a role: Administrator, Leader or Health officer."));
        }

        var code = unitCode?.Trim() ?? "";
        if (code.Length == 0)
        {
            if (role == AppRoles.Officer)
            {
                problems.Add(new("Cán bộ y tế cần một đơn vị (mã đơn vị, ví dụ AG_LXU).", "A health officer needs an org unit (its code, e.g. AG_LXU)."));
            }

            return null;
        }

        var tree = await units.TreeAsync(cancellationToken);
        if (tree.Find(code) is { } unit)
        {
            return unit.Code;
        }

        problems.Add(new($"Không có đơn vị mã “{code}”.", $"There is no org unit with the code “{code}”."));
        return null;
    }

    private static AdminProblem Taken(string userName) =>
        new($"Tên đăng nhập “{userName}” đã có người dùng.", $"The user name “{userName}” is taken.");

    private static UserOutcome Gone() =>
        UserOutcome.Fail("Không tìm thấy người dùng này (có thể vừa bị xóa).", "This user no longer exists.");

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static string Describe(UserAccount user) =>
        $"role={user.Role}; unit={user.UnitCode ?? "-"}; display name={user.DisplayName}";

    /// <summary>Only what changed, before and after: e.g. "role=Leader" → "role=Officer".</summary>
    private static (string Before, string After) Changes(UserAccount before, UserAccount after)
    {
        var old = new List<string>();
        var now = new List<string>();
        if (before.Role != after.Role)
        {
            old.Add($"role={before.Role}");
            now.Add($"role={after.Role}");
        }

        if (before.UnitCode != after.UnitCode)
        {
            old.Add($"unit={before.UnitCode ?? "-"}");
            now.Add($"unit={after.UnitCode ?? "-"}");
        }

        if (before.DisplayName != after.DisplayName)
        {
            old.Add($"display name={before.DisplayName}");
            now.Add($"display name={after.DisplayName}");
        }

        return (string.Join("; ", old), string.Join("; ", now));
    }
}
