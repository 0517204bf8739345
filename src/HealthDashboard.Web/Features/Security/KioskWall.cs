using System.Security.Claims;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// A kiosk may open only the wall of its own playlist. The playlist is read from what is being authorized: the request
/// (HttpContext, when the page is first loaded) or the route (RouteData, when the router checks inside a circuit).
/// </summary>
public static class KioskWall
{
    public const string RouteKey = "Playlist";

    public static bool IsOwnPlaylist(ClaimsPrincipal user, object? resource)
    {
        var requested = resource switch
        {
            HttpContext http => http.GetRouteValue(RouteKey) as string,
            Microsoft.AspNetCore.Components.RouteData route => route.RouteValues.TryGetValue(RouteKey, out var value) ? value as string : null,
            _ => null,
        };
        return requested is not null && user.KioskPlaylist() is { } own && string.Equals(own, requested, StringComparison.OrdinalIgnoreCase);
    }
}
