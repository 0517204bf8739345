using HealthDashboard.Web.Api;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// <c>GET /api/map/geometry/{unit}/{level}?v=[&amp;part=outlines]</c>: a map's areas (or its district outlines) over plain
/// HTTP. Plotly fetches them itself, the address being the trace's <c>geojson</c>, and (with the version in the address)
/// the browser keeps them, so a live recolour or a wall coming back to its map slide sends no shapes through the
/// circuit, nor keeps them in it: a 140 KB SignalR message per wall and rotation, queued in the server's socket buffers
/// while 50 walls drew at once, was most of an idle wall's server memory.
/// </summary>
public static class MapGeometryApi
{
    public static string Url(string unitCode, MapLevel level, string version, bool outlines = false) =>
        $"/api/map/geometry/{Uri.EscapeDataString(unitCode.ToUpperInvariant())}/{MapLevels.ToName(level)}?v={version}{(outlines ? "&part=outlines" : "")}";

    public static RouteGroupBuilder MapGeometryEndpoint(this RouteGroupBuilder api)
    {
        api.MapGet("/map/geometry/{unit}/{level}", async (string unit, string level, string? v, string? part, OrgUnitCache units, UnitVisibility visibility, MapGeometryCache geometries, HttpContext http) =>
        {
            if (MapLevels.Parse(level) is not { } mapLevel)
            {
                return Results.BadRequest(new ApiMessage(
                    $"Cấp bản đồ '{level}' không hợp lệ: dùng district hoặc commune.", $"Map level '{level}' is not valid: use district or commune."));
            }

            if ((await units.TreeAsync(http.RequestAborted)).Find(unit.ToUpperInvariant()) is not { } found)
            {
                return Results.NotFound(new ApiMessage($"Không có đơn vị '{unit}'.", $"There is no org unit '{unit}'."));
            }

            // The same rule as the figures: shapes name every commune of a unit, which a key or a wall outside it may not see.
            if (!await visibility.MaySeeAsync(http.User, found.Code, http.RequestAborted))
            {
                return ApiScope.OutOfScope(http.User, found.Code);
            }

            if (part is not (null or "areas" or "outlines"))
            {
                return Results.BadRequest(new ApiMessage(
                    $"Phần bản đồ '{part}' không hợp lệ: dùng areas hoặc outlines.", $"Map part '{part}' is not valid: use areas or outlines."));
            }

            var geometry = await geometries.GetAsync(found.Code, mapLevel);
            var shapes = part == "outlines" ? geometry.Outlines : geometry.Areas;
            if (shapes is null)
            {
                return Results.NotFound(new ApiMessage(
                    $"Bản đồ {MapLevels.ToName(mapLevel)} của '{found.Code}' không có đường ranh huyện.", $"The {MapLevels.ToName(mapLevel)} map of '{found.Code}' has no district outlines."));
            }

            var etag = $"\"{geometry.Version}-{part ?? "areas"}\"";
            // The versioned address never changes its answer; an address without (or with an old) version must be
            // asked again each time, and is then answered 304 while the shapes are unchanged. Private, and varying with
            // the caller's sign-in: the answer depends on who asks, so no shared cache may keep it for another caller,
            // nor the browser hand one sign-in's copy to the next.
            http.Response.Headers.CacheControl = v == geometry.Version ? "private, max-age=31536000, immutable" : "private, no-cache";
            http.Response.Headers.Vary = "Cookie, " + ApiKeyAuthenticationHandler.HeaderName;
            http.Response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch.ToString().Contains(etag, StringComparison.Ordinal))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Text(shapes, "application/geo+json");
        });
        return api;
    }
}
