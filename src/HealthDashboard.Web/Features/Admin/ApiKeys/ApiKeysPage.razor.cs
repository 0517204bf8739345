using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace HealthDashboard.Web.Features.Admin.ApiKeys;

/// <summary><c>/admin/apikeys</c>: machines' keys to the API; create one (the key shown once) or revoke one.</summary>
public sealed partial class ApiKeysPage
{
    private IReadOnlyList<ApiKey>? _keys;
    private Dictionary<string, string> _unitNames = new(StringComparer.OrdinalIgnoreCase);
    private ApiKeyDraft? _draft;
    private IReadOnlyList<AdminProblem> _problems = [];
    private (string Title, string Value)? _secret;
    private ClaimsPrincipal _actor = new();

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private ApiKeyAdminService Service { get; set; } = default!;
    [Inject] private OrgUnitCache Units { get; set; } = default!;
    [Inject] private AdminClock Clock { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _actor = (await AuthState).User;
        if (Readiness.IsReady && _keys is null)
        {
            _unitNames = (await Units.TreeAsync()).All.ToDictionary(u => u.Code, u => u.Name(Localization.Bilingual.IsVietnamese), StringComparer.OrdinalIgnoreCase);
            _keys = await Service.ListAsync();
        }
    }

    private void StartNew() => (_draft, _problems, _secret) = (new ApiKeyDraft(), [], null);

    private async Task CreateAsync()
    {
        if (_draft is not { } draft)
        {
            return;
        }

        var (problems, key, secret) = await Service.CreateAsync(_actor, draft);
        _problems = problems;
        if (key is not null && secret is not null)
        {
            (_draft, _secret) = (null, (A.KeyTitle(key.Name), secret));
            Snackbar.Add(A.CreatedKey(key.Name), Severity.Success);
            _keys = await Service.ListAsync();
        }
    }

    private async Task RevokeAsync(ApiKey key)
    {
        if (await Dialogs.ShowMessageBoxAsync(A.ConfirmTitle, A.ConfirmRevoke(key.Name), yesText: A.ConfirmYes, cancelText: A.Cancel) != true)
        {
            return;
        }

        _secret = null;
        if (await Service.RevokeAsync(_actor, key))
        {
            Snackbar.Add(A.RevokedKey(key.Name), Severity.Success);
        }
        else
        {
            Snackbar.Add(A.AlreadyRevoked, Severity.Warning);
        }

        _keys = await Service.ListAsync();
    }

    private static string StateKey(ApiKey key) => key.IsRevoked ? "revoked" : "active";

    private string UnitText(string code) => _unitNames.TryGetValue(code, out var name) ? $"{code} — {name}" : code;
}
