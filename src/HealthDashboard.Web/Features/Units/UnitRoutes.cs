using Microsoft.AspNetCore.WebUtilities;

namespace HealthDashboard.Web.Features.Units;

/// <summary>The URLs of a unit's pages, in one place so links and the tree agree.</summary>
public static class UnitRoutes
{
    private const string Prefix = "units/";

    /// <summary>The pages that show one unit named by <c>?unit=</c>, and the reader's default unit without it.</summary>
    private static readonly string[] UnitQueryPages = ["map", "trends", "rankings"];

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

    /// <summary>The station code of a monthly report's path, "report/{station}/{month}"; null for any other path.</summary>
    private static string? ReportedStation(string path)
    {
        var parts = path.Split('/');
        return parts.Length == 3 && parts[0].Equals("report", StringComparison.OrdinalIgnoreCase) && parts[1].Length > 0
            ? Uri.UnescapeDataString(parts[1])
            : null;
    }

    /// <summary>
    /// Whether the page at a base-relative address shows one unit, and which: the code of <c>units/{code}</c>, the
    /// station of a monthly report, or <c>?unit=</c> on the map, trends and rankings; a null code when the page shows
    /// the reader's default unit (<c>""</c>, or one of those pages without <c>?unit=</c>). False for pages about no one unit.
    /// </summary>
    public static bool TryReadShownUnit(string relativeAddress, out string? code)
    {
        var withoutFragment = relativeAddress.Split('#')[0];
        var path = withoutFragment.Split('?')[0].TrimEnd('/');
        code = CodeFromRelativePath(path) ?? ReportedStation(path);
        if (code is not null || path.Length == 0)
        {
            return true;
        }

        if (!UnitQueryPages.Contains(path, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var query = withoutFragment.Length > path.Length ? withoutFragment[withoutFragment.IndexOf('?', StringComparison.Ordinal)..] : "";
        code = QueryHelpers.ParseQuery(query).TryGetValue("unit", out var unit) && !string.IsNullOrWhiteSpace(unit.ToString()) ? unit.ToString().Trim() : null;
        return true;
    }
}
