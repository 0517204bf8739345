namespace HealthDashboard.Web.Features.ViewQueries;

/// <summary>A page or export address with its query string; parts without a value are left out.</summary>
public static class ViewLink
{
    public static string For(string path, params (string Key, string? Value)[] query) =>
        path + "?" + string.Join("&", query.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
}
