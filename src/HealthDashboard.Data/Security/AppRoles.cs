namespace HealthDashboard.Data.Security;

/// <summary>
/// What a person may do. Admin: everything. Leader: read everything. Officer: read everything, enter and import data
/// for their unit's subtree. Kiosk is not a person's role: it is what a kiosk token signs a wall PC in as.
/// </summary>
public static class AppRoles
{
    public const string Admin = "Admin";
    public const string Leader = "Leader";
    public const string Officer = "Officer";
    public const string Kiosk = "Kiosk";

    /// <summary>The roles a user account can have.</summary>
    public static readonly IReadOnlyList<string> UserRoles = [Admin, Leader, Officer];

    /// <summary>The role as spelt here, whatever the case it was typed in; null for no such user role.</summary>
    public static string? Parse(string? role) =>
        UserRoles.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
