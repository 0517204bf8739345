namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Three ways in: a person's sign-in cookie (Identity's), a wall PC's kiosk cookie, and a machine's API key. One
/// forwarding scheme picks the right one per request, so every endpoint, page and hub sees a single user.
/// </summary>
public static class AuthSchemes
{
    public const string Select = "hd";
    public const string Kiosk = "hd.kiosk";
    public const string ApiKey = "hd.apikey";
}
