namespace HealthDashboard.Web.Tests.Security;

/// <summary>
/// Every page, API endpoint and hub entry of the app, with who may use it. <see cref="Pattern"/> is the route as the app
/// declares it, so <c>EveryEndpointIsInTheMatrixTests</c> fails when an endpoint is added without a row here.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly Who[] Everyone = Enum.GetValues<Who>();
    public static readonly Who[] People = [Who.Admin, Who.Leader, Who.OfficerIn, Who.OfficerOut];
    public static readonly Who[] Admins = [Who.Admin];
    public static readonly Who[] Walls = [.. People, Who.Kiosk];
    public static readonly Who[] Readers = [.. People, Who.KeyIn, Who.KeyOut];
    public static readonly Who[] ReadersInScope = [.. People, Who.KeyIn];
    public static readonly Who[] AnyClient = [.. People, Who.Kiosk, Who.KeyIn, Who.KeyOut];
    /// <summary>Who may see An Giang: people, the sample wall's kiosk (its slides show An Giang) and An Giang's key.</summary>
    public static readonly Who[] SeeAnGiang = [.. People, Who.Kiosk, Who.KeyIn];
    /// <summary>Who may see Kon Tum: people and Kon Tum's key; not the kiosk, whose wall shows An Giang only.</summary>
    public static readonly Who[] SeeKonTum = [.. People, Who.KeyOut];
    public static readonly Who[] Machines = [Who.KeyIn];
    public static readonly Who[] Enterers = [Who.Admin, Who.OfficerIn, Who.OfficerOut];

    /// <summary>The sample playlist (kiosk's own) and another one, which the kiosk may not open.</summary>
    public const string OwnPlaylist = "giao-ban";
    public const string OtherPlaylist = "phong-hop-2";

    /// <param name="Form">Sent as a multipart form (with a small file): form endpoints match only form requests.</param>
    public sealed record Row(string Method, string Path, string Pattern, Who[] Allowed, string? JsonBody = null, bool Form = false)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private const string InScopeValue = """{"dataElement":"PC_VISITS","orgUnit":"AG_LXU_09_TYT","period":"201801","value":"7"}""";
    private const string InScopeSet = """{"dataValues":[{"dataElement":"PC_VISITS","orgUnit":"AG_LXU_09_TYT","period":"201802","value":"8"}]}""";

    public static readonly Row[] Rows =
    [
        // Dashboards: every signed-in person reads everything.
        new("GET", "/", "/", People),
        new("GET", "/units/AG_LXU", "/units/{Code}", People),
        new("GET", "/map?unit=AG", "/map", People),
        new("GET", "/trends?indicator=HI_COV&unit=AG", "/trends", People),
        new("GET", "/rankings?indicator=IMR&unit=AG", "/rankings", People),
        new("GET", "/export/trends.csv?indicator=HI_COV&unit=AG", "/export/{view}.{format}", People),
        // A wall: people, and the kiosk of that playlist only.
        new("GET", "/wall/" + OwnPlaylist, "/wall/{Playlist}", Walls),
        new("GET", "/wall/" + OtherPlaylist, "/wall/{Playlist}", People),
        // Data entry: the list for admins and officers; a report for every reader (only those in scope may change it).
        new("GET", "/report", "/report", Enterers),
        new("GET", "/report/AG_LXU_04_TYT/202410", "/report/{UnitCode}/{Period}", People),
        // Imports: admins and officers (each row's unit is then held to the officer's subtree). The POSTs carry no
        // antiforgery token here, so an allowed caller gets 400, a denied one the sign-in or denied page.
        new("GET", "/import", "/import", Enterers),
        new("GET", "/import/0123456789abcdef0123456789abcdef", "/import/{Id}", Enterers),
        new("GET", "/import/template.xlsx", "/import/template.xlsx", Enterers),
        new("GET", "/import/0123456789abcdef0123456789abcdef/rejected.csv", "/import/{id}/rejected.csv", Enterers),
        new("POST", "/import/upload", "/import/upload", Enterers, Form: true),
        new("POST", "/import/0123456789abcdef0123456789abcdef/commit", "/import/{id}/commit", Enterers, Form: true),
        // Data quality: admins and officers (each officer's follow-ups are then held to their subtree).
        new("GET", "/quality", "/quality", Enterers),
        // Administration.
        new("GET", "/admin", "/admin", Admins),
        new("GET", "/admin/jobs", "/admin/jobs", Admins),
        // Hangfire's own dashboard and its pages.
        new("GET", "/admin/hangfire", "/admin/hangfire/{**path}", Admins),
        new("GET", "/admin/hangfire/recurring", "/admin/hangfire/{**path}", Admins),
        new("GET", "/admin/hangfire/jobs/succeeded", "/admin/hangfire/{**path}", Admins),
        new("GET", "/admin/playlists", "/admin/playlists", Admins),
        new("GET", "/admin/users", "/admin/users", Admins),
        new("GET", "/admin/kiosks", "/admin/kiosks", Admins),
        new("GET", "/admin/apikeys", "/admin/apikeys", Admins),
        new("GET", "/admin/audit", "/admin/audit", Admins),
        // Signing in and out.
        new("GET", "/account/login", "/account/login", Everyone),
        new("GET", "/account/password", "/account/password", People),
        new("GET", "/account/denied", "/account/denied", Everyone),
        new("GET", "/account/signout", "/account/signout", Everyone),
        new("GET", "/kiosk/ended?reason=revoked", "/kiosk/ended", Everyone),
        new("GET", "/culture?c=en-US&redirect=/", "/culture", Everyone),
        new("GET", "/error", "/error", Everyone),
        new("GET", "/not-found", "/not-found", Everyone),
        // The API: status for health checks; reads for people and keys, held to the key's subtree; writes for keys in scope.
        new("GET", "/api/status", "/api/status", Everyone),
        new("GET", "/api/indicators", "/api/indicators", Readers),
        new("GET", "/api/orgUnits?parent=AG", "/api/orgUnits", ReadersInScope),
        new("GET", "/api/aggregates?indicator=HI_COV&orgUnit=AG_LXU&period=2024", "/api/aggregates", ReadersInScope),
        new("GET", "/api/dataValueSets?orgUnit=AG_LXU_09_TYT&period=201801", "/api/dataValueSets", ReadersInScope),
        // Map shapes: held to the same scope as the figures (a key's subtree, a kiosk's wall).
        new("GET", "/api/map/geometry/AG/district", "/api/map/geometry/{unit}/{level}", SeeAnGiang),
        new("GET", "/api/map/geometry/AG_LXU/commune", "/api/map/geometry/{unit}/{level}", SeeAnGiang),
        new("GET", "/api/map/geometry/KT/commune", "/api/map/geometry/{unit}/{level}", SeeKonTum),
        new("GET", "/api/map/geometry/VN/district", "/api/map/geometry/{unit}/{level}", People),
        new("POST", "/api/dataValues", "/api/dataValues", Machines, InScopeValue),
        new("POST", "/api/dataValueSets", "/api/dataValueSets", Machines, InScopeSet),
        new("GET", "/api/no-such-endpoint", "/api/{**path}", Everyone),
        // The hub's door (its methods have their own matrix).
        new("POST", "/hubs/indicators/negotiate?negotiateVersion=1", "/hubs/indicators/negotiate", AnyClient),
    ];

    /// <summary>
    /// Routes without a row: the framework's own (Blazor's circuit and scripts, the hub's
    /// transport), the diagnostics endpoint (mapped only when switched on), and the two that change the caller's own
    /// sign-in, which SignInTests and KioskWallTests exercise: signing out and a kiosk's first visit.
    /// </summary>
    public static bool IsFramework(string pattern) =>
        pattern.StartsWith("/_blazor", StringComparison.Ordinal) || pattern.StartsWith("/_framework", StringComparison.Ordinal)
        || pattern == "/hubs/indicators" || pattern == "/account/logout" || pattern == "/kiosk/{token}"
        || pattern == "/api/diagnostics/memory";
}
