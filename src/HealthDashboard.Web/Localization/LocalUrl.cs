namespace HealthDashboard.Web.Localization;

/// <summary>Whether a redirect target stays on this site, so /culture cannot be used to send people elsewhere.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        // "//host" and "/\host" are protocol-relative to browsers; control characters can hide either.
        return url.Length == 1 || (url[1] != '/' && url[1] != '\\' && !url.Any(char.IsControl));
    }
}
