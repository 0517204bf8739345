namespace HealthDashboard.Web.Features.Overview;

/// <summary>The addresses of <see cref="OverviewPage"/>: "/" and "/units/{code}".</summary>
public static class OverviewPaths
{
    public static bool Matches(PathString path) =>
        path == "/" || (path.StartsWithSegments("/units", out var rest) && rest.Value?.Count(c => c == '/') == 1 && rest.Value.Length > 1);
}
