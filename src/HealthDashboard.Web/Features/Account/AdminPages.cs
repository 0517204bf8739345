using HealthDashboard.Web.Features.Admin.Home;
using MudBlazor;

namespace HealthDashboard.Web.Features.Account;

/// <summary>
/// The admin pages, in the order both header menus (desk and phone) and the admin landing page (<c>/admin</c>) list them.
/// </summary>
public static class AdminPages
{
    public const string HomeHref = "/admin";

    /// <param name="About">One line on what the page is for, shown on the landing page.</param>
    /// <param name="Fact">A live fact about the page's subject for the landing page (null when there is none to tell).</param>
    /// <param name="TestId">The desk menu's data-testid for the item, where a test needs one.</param>
    public sealed record Link(
        string Href, string Icon, Func<AccountText, string> Text, Func<AccountText, string> About, Func<AdminFacts, string?> Fact, string? TestId);

    public static readonly IReadOnlyList<Link> All =
    [
        new("/admin/users", Icons.Material.Filled.People, a => a.Users, a => a.UsersAbout, f => f.Users, "nav-users"),
        new("/admin/kiosks", Icons.Material.Filled.Tv, a => a.Kiosks, a => a.KiosksAbout, f => f.Kiosks, "nav-kiosks"),
        new("/admin/apikeys", Icons.Material.Filled.Key, a => a.ApiKeys, a => a.ApiKeysAbout, f => f.ApiKeys, "nav-apikeys"),
        new("/admin/playlists", Icons.Material.Filled.Slideshow, a => a.Playlists, a => a.PlaylistsAbout, f => f.Playlists, null),
        new("/admin/jobs", Icons.Material.Filled.Schedule, a => a.Jobs, a => a.JobsAbout, f => f.Jobs, null),
        new("/admin/audit", Icons.Material.Filled.History, a => a.Audit, a => a.AuditAbout, f => f.Audit, "nav-audit"),
    ];
}
