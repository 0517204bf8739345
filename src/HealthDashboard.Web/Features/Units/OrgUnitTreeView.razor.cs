using HealthDashboard.Web.Features.Security;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Storage;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;

namespace HealthDashboard.Web.Features.Units;

/// <summary>The sidebar's org-unit tree: follows the address (selects the unit shown, opens its branch) and navigates on a click.</summary>
public sealed partial class OrgUnitTreeView : IDisposable
{
    /// <summary>Who reads: a page without a unit in its address shows their own unit, and so does the tree.</summary>
    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    [Inject]
    private OrgUnitCache Units { get; set; } = default!;

    [Inject]
    private DataReadiness Readiness { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private OrgUnitTree? _tree;
    private ClaimsPrincipal? _user;
    private string? _currentCode;
    private bool _failed;

    // Only grows: a branch opened for one page stays open on the next, as people expect of a tree they click through.
    private readonly HashSet<string> _expanded = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        Readiness.Changed += OnReadinessChanged;
        _user = await AuthState.UserOrNullAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (!Readiness.IsReady || _tree is not null)
        {
            return;
        }

        try
        {
            _tree = await Units.TreeAsync();
            _failed = false;
            Follow(Navigation.Uri);
        }
        catch (Exception)
        {
            // The page body explains database trouble; the sidebar only says it has nothing to show.
            _failed = true;
        }
    }

    private void OnReadinessChanged() => InvokeAsync(async () =>
    {
        await LoadAsync();
        StateHasChanged();
    });

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => InvokeAsync(() =>
    {
        Follow(e.Location);
        StateHasChanged();
    });

    /// <summary>Selects the unit the address shows and opens the branches down to it.</summary>
    private void Follow(string uri)
    {
        if (_tree is null)
        {
            return;
        }

        var unit = !UnitRoutes.TryReadShownUnit(Navigation.ToBaseRelativePath(uri), out var code) ? null
            : code is null ? _tree.DefaultUnitFor(_user) : _tree.Find(code);
        _currentCode = unit?.Code;
        if (unit is not null)
        {
            _expanded.UnionWith(_tree.AncestorsOf(unit).Prepend(unit).Select(u => u.Code));
        }
    }

    private void OnSelected(string? code)
    {
        if (code is not null && !string.Equals(code, _currentCode, StringComparison.OrdinalIgnoreCase))
        {
            Navigation.NavigateTo(UnitRoutes.Overview(code));
        }
    }

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        Readiness.Changed -= OnReadinessChanged;
    }
}
