namespace HealthDashboard.Web.Features.Security;

/// <summary>The app's own claims, beside the standard name and role.</summary>
public static class AppClaims
{
    /// <summary>The code of the unit whose subtree an officer may write to, or an API key may read and write.</summary>
    public const string Unit = "hd:unit";

    /// <summary>The user_session row of a signed-in browser.</summary>
    public const string Session = "hd:session";

    /// <summary>Present while a first or reset password has not been changed yet: such a user may only change it.</summary>
    public const string MustChangePassword = "hd:must-change-password";

    /// <summary>The kiosk token a wall PC signed in with, and the one playlist it may show.</summary>
    public const string KioskToken = "hd:kiosk";
    public const string Playlist = "hd:playlist";

    /// <summary>The API key a machine called with.</summary>
    public const string ApiKey = "hd:api-key";
}
