namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Headers on every response. The content-security policy allows only the app's own scripts (Blazor, Radzen, plotly
/// and our modules are all served from here; none is inline), inline styles (Radzen and plotly set style attributes),
/// images from data: and blob: URLs (plotly's PNG export), and connections back to this server (the circuit's
/// WebSocket). No page may be framed: a wall is opened, not embedded.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // The kiosk address carries its token: no other site may learn it from a Referer.
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    });
}
