using System.Security.Claims;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

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
    private (string Title, string Value)? _secret;
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

    private void StartNew() => (_draft, _edit, _problems, _secret) = (new UserDraft(), null, [], null);

    private void StartEdit(AppUserEntity user) => (_draft, _edit, _problems, _secret) = (null, UserEdit.From(user), [], null);

    private void CloseForm() => (_draft, _edit, _problems) = (null, null, []);

    private async Task<bool> ConfirmAsync(string question) =>
        await Dialogs.ShowMessageBoxAsync(U.ConfirmTitle, question, yesText: U.ConfirmYes, cancelText: U.Cancel) == true;

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
            _draft = null;
            Snackbar.Add(U.CreatedUser(name), Severity.Success);
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
            _edit = null;
            Snackbar.Add(U.Saved(edit.UserName), Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task DisableAsync(AppUserEntity user)
    {
        if (await ConfirmAsync(U.ConfirmDisable(user.UserName!)))
        {
            await DoAsync(() => Service.DisableAsync(_actor, user.Id), U.DisabledUser(user.UserName!));
        }
    }

    private async Task EnableAsync(AppUserEntity user) =>
        await DoAsync(() => Service.EnableAsync(_actor, user.Id), U.EnabledUser(user.UserName!));

    private async Task ResetAsync(AppUserEntity user)
    {
        if (!await ConfirmAsync(U.ConfirmReset(user.UserName!)))
        {
            return;
        }

        var outcome = await DoAsync(() => Service.ResetPasswordAsync(_actor, user.Id), U.ResetDone(user.UserName!));
        _secret = outcome.OneTimePassword is { } password ? (U.OneTimeTitle(user.UserName!), password) : null;
    }

    private async Task EndSessionAsync(UserSession session)
    {
        var userName = UserNameOf(session.UserId);
        if (await ConfirmAsync(U.ConfirmEndSession(userName)))
        {
            await DoAsync(() => Service.EndSessionAsync(_actor, session, userName), U.SessionEnded(userName));
        }
    }

    private async Task<UserOutcome> DoAsync(Func<Task<UserOutcome>> action, string doneMessage)
    {
        (_secret, _draft, _edit, _problems) = (null, null, null, []);
        var outcome = await action();
        if (outcome.Succeeded)
        {
            Snackbar.Add(doneMessage, Severity.Success);
        }
        else
        {
            // No form is open to list them in: each problem stays up until closed, so it is read, not missed.
            foreach (var problem in outcome.Problems)
            {
                Snackbar.Add(U.NotDone + " " + problem.Text, Severity.Error, options => options.RequireInteraction = true);
            }
        }

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
