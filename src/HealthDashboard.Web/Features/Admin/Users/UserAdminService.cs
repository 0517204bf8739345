using System.Security.Claims;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Web.Features.Admin.Users;

/// <summary>
/// Creates, edits, disables, enables and resets users and ends sessions, each checked first and audited after.
/// A change of role or unit, a reset and a disabling end the user's open sessions: the role and unit travel in the
/// sign-in cookie, so only a new sign-in picks the new ones up. Users are read and saved through Identity's UserManager,
/// one scope per action (<see cref="IdentityScopes"/>); a save that meets another admin's save in between is refused.
/// </summary>
public sealed class UserAdminService(IdentityScopes identity, SessionStore sessions, AuditTrail audit, AccessCheck access, OrgUnitCache units, AdminClock clock)
{
    public const int MaxDisplayName = 120;

    public Task<IReadOnlyList<AppUserEntity>> ListAsync(CancellationToken cancellationToken = default) =>
        identity.UseUsersAsync<IReadOnlyList<AppUserEntity>>(async users =>
            await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken));

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
            if (Account.NewPasswordTwice.Differ(draft.Password, draft.PasswordAgain))
            {
                problems.Add(AdminProblem.From(Account.NewPasswordTwice.Mismatch));
            }
        }

        if (problems.Count > 0)
        {
            return new UserOutcome(problems);
        }

        // A password the admin has seen, typed or generated, is one the user must replace at the first sign-in.
        var account = UserAccounts.New(userName, draft.DisplayName, role!, unit, mustChangePassword: true);
        var created = await identity.UseUsersAsync(users => CreateAsync(users, account, password));
        if (created is not null)
        {
            return created;
        }

        await audit.RecordAsync(actor, AuditActions.UserCreated, "user", account.UserName!, null, Describe(account));
        return UserOutcome.Done(draft.GeneratePassword ? password : null);
    }

    public Task<UserOutcome> UpdateAsync(ClaimsPrincipal actor, UserEdit edit, CancellationToken cancellationToken = default) =>
        identity.UseUsersAsync(users => UpdateAsync(users, actor, edit, cancellationToken));

    private async Task<UserOutcome> UpdateAsync(UserManager<AppUserEntity> users, ClaimsPrincipal actor, UserEdit edit, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(edit.Id) is not { } user)
        {
            return Gone();
        }

        if (edit.ConcurrencyStamp is { } stamp && stamp != user.ConcurrencyStamp)
        {
            return ChangedMeanwhile();
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

        var before = Rights.Of(user);
        var after = new Rights(role!, unit, string.IsNullOrWhiteSpace(edit.DisplayName) ? user.UserName! : edit.DisplayName.Trim());
        if (after == before)
        {
            return UserOutcome.Done();
        }

        (user.Role, user.UnitCode, user.DisplayName) = (after.Role, after.UnitCode, after.DisplayName);
        var rightsChanged = after.Role != before.Role || after.UnitCode != before.UnitCode;
        // A new security stamp with new rights: the old ones must not live on in a cookie.
        if (Refused(rightsChanged ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user)) is { } refused)
        {
            return refused;
        }

        if (rightsChanged)
        {
            await sessions.EndAllOfAsync(user.Id, cancellationToken);
            access.Forget();
        }

        var (old, now) = Changes(before, after);
        await audit.RecordAsync(actor, AuditActions.UserUpdated, "user", user.UserName!, old, now);
        return UserOutcome.Done();
    }

    public Task<UserOutcome> DisableAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default) =>
        identity.UseUsersAsync(users => DisableAsync(users, actor, id, cancellationToken));

    private async Task<UserOutcome> DisableAsync(UserManager<AppUserEntity> users, ClaimsPrincipal actor, string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Gone();
        }

        if (IsSelf(actor, user))
        {
            return UserOutcome.Fail("Bạn không thể tự vô hiệu hóa tài khoản của mình.", "You cannot disable your own account.");
        }

        var wasDisabled = user.Disabled;
        if (!wasDisabled)
        {
            user.Disabled = true;
            if (Refused(await users.UpdateSecurityStampAsync(user)) is { } refused)
            {
                return refused;
            }
        }

        var ended = await sessions.EndAllOfAsync(user.Id, cancellationToken);
        access.Forget();
        if (!wasDisabled)
        {
            await audit.RecordAsync(actor, AuditActions.UserDisabled, "user", user.UserName!, "active", $"disabled; sessions ended: {ended}");
        }

        return UserOutcome.Done();
    }

    public Task<UserOutcome> EnableAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default) =>
        identity.UseUsersAsync(users => EnableAsync(users, actor, id));

    private async Task<UserOutcome> EnableAsync(UserManager<AppUserEntity> users, ClaimsPrincipal actor, string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Gone();
        }

        if (user.Disabled)
        {
            user.Disabled = false;
            if (Refused(await users.UpdateAsync(user)) is { } refused)
            {
                return refused;
            }

            access.Forget();
            await audit.RecordAsync(actor, AuditActions.UserEnabled, "user", user.UserName!, "disabled", "active");
        }

        return UserOutcome.Done();
    }

    /// <summary>A new one-time password, the lockout lifted, and every open session of the user ended.</summary>
    public Task<UserOutcome> ResetPasswordAsync(ClaimsPrincipal actor, string id, CancellationToken cancellationToken = default) =>
        identity.UseUsersAsync(users => ResetPasswordAsync(users, actor, id, cancellationToken));

    private async Task<UserOutcome> ResetPasswordAsync(UserManager<AppUserEntity> users, ClaimsPrincipal actor, string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Gone();
        }

        var password = UserAccounts.RandomPassword();
        var wasLocked = user.LockoutEnd is { } end && end > clock.UtcNow;
        // One save for all of it (hash, flag, lockout and a new security stamp), not one per UserManager call.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        (user.MustChangePassword, user.AccessFailedCount, user.LockoutEnd) = (true, 0, null);
        if (Refused(await users.UpdateSecurityStampAsync(user)) is { } refused)
        {
            return refused;
        }

        var ended = IsSelf(actor, user) ? 0 : await sessions.EndAllOfAsync(user.Id, cancellationToken);
        access.Forget();
        await audit.RecordAsync(actor, AuditActions.PasswordReset, "user", user.UserName!,
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

    public static bool IsSelf(ClaimsPrincipal actor, AppUserEntity user) =>
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
                problems.Add(new("Cán bộ y tế cần một đơn vị: gõ tên đơn vị rồi chọn trong danh sách gợi ý.", "A health officer needs an org unit: type its name and pick it from the suggestions."));
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

    /// <summary>
    /// Null when the user is stored as created; otherwise why not: the name is taken (Identity's check, or the unique key
    /// when two admins create it at the same moment).
    /// </summary>
    private static async Task<UserOutcome?> CreateAsync(UserManager<AppUserEntity> users, AppUserEntity account, string password)
    {
        try
        {
            var result = await users.CreateAsync(account, password);
            return result.Succeeded ? null
                : DashboardIdentity.IsDuplicateName(result) ? new UserOutcome([Taken(account.UserName!)])
                : new UserOutcome(result.Errors.Select(e => new AdminProblem(e.Description, e.Description)).ToList());
        }
        catch (DbUpdateException)
        {
            if (!await users.Users.AsNoTracking().AnyAsync(u => u.NormalizedUserName == account.NormalizedUserName))
            {
                throw;
            }

            return new UserOutcome([Taken(account.UserName!)]);
        }
    }

    /// <summary>Null when Identity saved; otherwise what to tell the admin (another admin's save came first).</summary>
    private static UserOutcome? Refused(IdentityResult result) =>
        result.Succeeded ? null
        : result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)) ? ChangedMeanwhile()
        : new UserOutcome(result.Errors.Select(e => new AdminProblem(e.Description, e.Description)).ToList());

    // Another admin's save, or the user's own sign-in (a failed attempt is counted on the user), came in between.
    private static UserOutcome ChangedMeanwhile() =>
        UserOutcome.Fail("Người dùng này vừa thay đổi trong lúc bạn sửa (do quản trị viên khác hoặc một lần đăng nhập); chưa có gì được lưu. Hãy tải lại trang và thử lại.",
            "This user changed while you were editing (another administrator, or a sign-in); nothing was saved. Reload the page and try again.");

    private static UserOutcome Gone() =>
        UserOutcome.Fail("Không tìm thấy người dùng này (có thể vừa bị xóa).", "This user no longer exists.");

    private static string Describe(AppUserEntity user) =>
        $"role={user.Role}; unit={user.UnitCode ?? "-"}; display name={user.DisplayName}";

    /// <summary>Only what changed, before and after: e.g. "role=Leader" → "role=Officer".</summary>
    private static (string Before, string After) Changes(Rights before, Rights after)
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

    /// <summary>What the edit form changes, compared before and after.</summary>
    private sealed record Rights(string Role, string? UnitCode, string DisplayName)
    {
        public static Rights Of(AppUserEntity user) => new(user.Role, user.UnitCode, user.DisplayName);
    }
}
