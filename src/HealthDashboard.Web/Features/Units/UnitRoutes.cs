namespace HealthDashboard.Web.Features.Units;

/// <summary>The URLs of a unit's pages, in one place so links and the tree agree.</summary>
public static class UnitRoutes
{
    private const string Prefix = "units/";

    public static string Overview(string code) => "/" + Prefix + Uri.EscapeDataString(code);

    /// <summary>The unit code of a base-relative path such as "units/AG_LXU?x=1"; null for "" (the default unit) and other pages.</summary>
    public static string? CodeFromRelativePath(string relativePath)
    {
        var path = relativePath.Split('?', '#')[0];
        if (!path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var code = Uri.UnescapeDataString(path[Prefix.Length..].TrimEnd('/'));
        return code.Length == 0 || code.Contains('/') ? null : code;
    }
}
