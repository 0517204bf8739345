namespace HealthDashboard.Web.Features.Admin.Users;

/// <summary>A user agent in a few words ("Chrome 131 · Windows") for the sessions table; the whole string goes in its tooltip.</summary>
public static class UserAgents
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("CocCoc/", "Cốc Cốc"), ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"),
        ("HeadlessChrome/", "Headless Chrome"), ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Version/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    public static string Short(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "—";
        }

        var browser = "";
        foreach (var (token, name) in Browsers)
        {
            var at = userAgent.IndexOf(token, StringComparison.Ordinal);
            if (at >= 0)
            {
                var version = new string(userAgent[(at + token.Length)..].TakeWhile(char.IsDigit).ToArray());
                browser = version.Length > 0 ? $"{name} {version}" : name;
                break;
            }
        }

        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        var parts = new[] { browser, system }.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return parts.Count > 0 ? string.Join(" · ", parts) : (userAgent.Length > 40 ? userAgent[..40] + "…" : userAgent);
    }
}
