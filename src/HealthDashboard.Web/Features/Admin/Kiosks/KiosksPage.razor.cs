using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace HealthDashboard.Web.Features.Admin.Kiosks;

/// <summary><c>/admin/kiosks</c>: the wall PCs' tokens; create one (its address shown once) or revoke one.</summary>
public sealed partial class KiosksPage
{
    private IReadOnlyList<KioskToken>? _tokens;
    private IReadOnlyList<WallPlaylist> _playlists = [];
    private KioskDraft? _draft;
    private IReadOnlyList<AdminProblem> _problems = [];
    private (string Title, string Value)? _secret;
    private ClaimsPrincipal _actor = new();

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private KioskAdminService Service { get; set; } = default!;
    [Inject] private AdminClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _actor = (await AuthState).User;
        if (Readiness.IsReady && _tokens is null)
        {
            _playlists = await Service.PlaylistsAsync();
            _tokens = await Service.ListAsync();
        }
    }

    private void StartNew() =>
        (_draft, _problems, _secret) = (new KioskDraft { PlaylistCode = _playlists.Count == 1 ? _playlists[0].Code : "" }, [], null);

    private async Task CreateAsync()
    {
        if (_draft is not { } draft)
        {
            return;
        }

        var (problems, token, secret) = await Service.CreateAsync(_actor, draft);
        _problems = problems;
        if (token is not null && secret is not null)
        {
            _draft = null;
            Snackbar.Add(K.CreatedKiosk(token.Name), Severity.Success);
            _secret = (K.AddressTitle(token.Name), $"{Navigation.BaseUri}kiosk/{secret}");
            _tokens = await Service.ListAsync();
        }
    }

    private async Task RevokeAsync(KioskToken token)
    {
        if (await Dialogs.ShowMessageBoxAsync(K.ConfirmTitle, K.ConfirmRevoke(token.Name), yesText: K.ConfirmYes, cancelText: K.Cancel) != true)
        {
            return;
        }

        _secret = null;
        if (await Service.RevokeAsync(_actor, token))
        {
            Snackbar.Add(K.RevokedKiosk(token.Name), Severity.Success);
        }
        else
        {
            Snackbar.Add(K.AlreadyRevoked, Severity.Warning);
        }

        _tokens = await Service.ListAsync();
    }

    private string PlaylistName(string code) =>
        _playlists.FirstOrDefault(p => p.Code == code) is { } playlist ? $"{playlist.Name} ({code})" : code;

    private string ExpiryText(KioskToken token) =>
        token.ExpiresAt is not { } expires ? K.Never
        : Clock.DayEndingAt(expires) is { } day ? K.EndOf(AdminClock.FormatDay(day))
        : Clock.Format(expires);

    private string StateKey(KioskToken token) => token.IsRevoked ? "revoked" : token.IsExpired(Clock.UtcNow) ? "expired" : "active";

    private string StateText(KioskToken token) =>
        token.IsRevoked ? K.Revoked(Clock.Format(token.RevokedAt)) : token.IsExpired(Clock.UtcNow) ? K.Expired : K.Active;
}
