using System.Security.Claims;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace HealthDashboard.Web.Features.Admin.Users;

/// <summary><c>/admin/users</c>: users (create, edit, disable, enable, reset the password) and open sessions (end one).</summary>
public sealed partial class UsersPage
{
    private IReadOnlyList<AppUserEntity>? _users;
    private IReadOnlyList<UserSession> _sessions = [];
    private Dictionary<string, string> _unitNames = new(StringComparer.OrdinalIgnoreCase);
    private UserDraft? _draft;
    private UserEdit? _edit;
    private IReadOnlyList<AdminProblem> _problems = [];
    private string? _message;
    private (string Title, string Value)? _secret;
    private (string Kind, string Id)? _confirm;
    private ClaimsPrincipal _actor = new();

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private UserAdminService Service { get; set; } = default!;
    [Inject] private OrgUnitCache Units { get; set; } = default!;
    [Inject] private AdminClock Clock { get; set; } = default!;

    private string? CurrentSession => _actor.FindFirst(AppClaims.Session)?.Value;

    protected override async Task OnParametersSetAsync()
    {
        _actor = (await AuthState).User;
        if (Readiness.IsReady && _users is null)
        {
            _unitNames = (await Units.TreeAsync()).All.ToDictionary(u => u.Code, u => u.Name(Localization.Bilingual.IsVietnamese), StringComparer.OrdinalIgnoreCase);
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        _users = await Service.ListAsync();
        _sessions = await Service.OpenSessionsAsync();
    }

    private void StartNew() => (_draft, _edit, _problems, _message, _secret, _confirm) = (new UserDraft(), null, [], null, null, null);

    private void StartEdit(AppUserEntity user) => (_draft, _edit, _problems, _message, _secret, _confirm) = (null, UserEdit.From(user), [], null, null, null);

    private void CloseForm() => (_draft, _edit, _problems) = (null, null, []);

    private void Ask(string kind, string id) => (_confirm, _message, _problems) = ((kind, id), null, []);

    private bool Asking(string kind, string id) => _confirm is { } c && c.Kind == kind && c.Id == id;

    private async Task CreateAsync()
    {
        if (_draft is not { } draft)
        {
            return;
        }

        var outcome = await Service.CreateAsync(_actor, draft);
        _problems = outcome.Problems;
        if (outcome.Succeeded)
        {
            var name = draft.UserName.Trim();
            (_draft, _message) = (null, U.CreatedUser(name));
            _secret = outcome.OneTimePassword is { } password ? (U.OneTimeTitle(name), password) : null;
            await ReloadAsync();
        }
    }

    private async Task SaveEditAsync()
    {
        if (_edit is not { } edit)
        {
            return;
        }

        var outcome = await Service.UpdateAsync(_actor, edit);
        _problems = outcome.Problems;
        if (outcome.Succeeded)
        {
            (_edit, _message) = (null, U.Saved(edit.UserName));
            await ReloadAsync();
        }
    }

    private async Task DisableAsync(AppUserEntity user) =>
        await DoAsync(() => Service.DisableAsync(_actor, user.Id), U.DisabledUser(user.UserName!));

    private async Task EnableAsync(AppUserEntity user) =>
        await DoAsync(() => Service.EnableAsync(_actor, user.Id), U.EnabledUser(user.UserName!));

    private async Task ResetAsync(AppUserEntity user)
    {
        var outcome = await DoAsync(() => Service.ResetPasswordAsync(_actor, user.Id), U.ResetDone(user.UserName!));
        _secret = outcome.OneTimePassword is { } password ? (U.OneTimeTitle(user.UserName!), password) : null;
    }

    private async Task EndSessionAsync(UserSession session) =>
        await DoAsync(() => Service.EndSessionAsync(_actor, session, UserNameOf(session.UserId)), U.SessionEnded(UserNameOf(session.UserId)));

    private async Task<UserOutcome> DoAsync(Func<Task<UserOutcome>> action, string doneMessage)
    {
        (_confirm, _secret, _draft, _edit) = (null, null, null, null);
        var outcome = await action();
        (_problems, _message) = (outcome.Problems, outcome.Succeeded ? doneMessage : null);
        await ReloadAsync();
        return outcome;
    }

    private string UserNameOf(string userId) => _users?.FirstOrDefault(u => u.Id == userId)?.UserName ?? userId;

    private string UnitText(string? code) =>
        code is null ? U.AllUnits : _unitNames.TryGetValue(code, out var name) ? $"{code} — {name}" : code;

    private string StateText(AppUserEntity user) =>
        user.Disabled ? U.Disabled
        : user.LockoutEnd is { } end && end.UtcDateTime > Clock.UtcNow ? U.LockedUntil(Clock.Format(end))
        : U.Active;

    private string StateKey(AppUserEntity user) =>
        user.Disabled ? "disabled" : user.LockoutEnd is { } end && end.UtcDateTime > Clock.UtcNow ? "locked" : "active";
}
