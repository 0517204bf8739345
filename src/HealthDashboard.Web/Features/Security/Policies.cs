namespace HealthDashboard.Web.Features.Security;

/// <summary>The authorization policies; each page, endpoint and hub names one.</summary>
public static class Policies
{
    /// <summary>Dashboards and exports: a signed-in person (Admin, Leader, Officer) whose password is current.</summary>
    public const string Read = "read";

    /// <summary>Admin pages.</summary>
    public const string Admin = "admin";

    /// <summary>A wall: a reader, or a kiosk (the page then checks it is the kiosk's own playlist).</summary>
    public const string Wall = "wall";

    /// <summary>Entering and importing data: an Admin, or an Officer (each value's unit is then checked against their subtree).</summary>
    public const string Enter = "enter";

    /// <summary>API reads: a reader or an API key (the endpoint then checks the key's subtree).</summary>
    public const string ApiRead = "api-read";

    /// <summary>API writes: an API key (each value's unit is then checked against its subtree).</summary>
    public const string ApiWrite = "api-write";

    /// <summary>What any wall, page or machine may fetch: a reader, a kiosk or an API key (map shapes, the hub).</summary>
    public const string AnyClient = "any-client";

    /// <summary>Changing one's own password: any signed-in person, even one who must change it first.</summary>
    public const string SignedInPerson = "signed-in-person";
}
