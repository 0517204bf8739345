namespace HealthDashboard.Web.Features.Account;

/// <summary>The admin pages, in the order both header menus (desk and phone) list them.</summary>
public static class AdminPages
{
    /// <param name="TestId">The desk menu's data-testid for the item, where a test needs one.</param>
    public sealed record Link(string Href, Func<AccountText, string> Text, string? TestId);

    public static readonly IReadOnlyList<Link> All =
    [
        new("/admin/users", a => a.Users, "nav-users"),
        new("/admin/kiosks", a => a.Kiosks, "nav-kiosks"),
        new("/admin/apikeys", a => a.ApiKeys, "nav-apikeys"),
        new("/admin/playlists", a => a.Playlists, null),
        new("/admin/jobs", a => a.Jobs, null),
        new("/admin/audit", a => a.Audit, "nav-audit"),
    ];
}
