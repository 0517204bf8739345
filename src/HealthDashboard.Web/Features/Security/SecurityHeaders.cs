namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Headers on every response. The content-security policy allows only the app's own scripts (Blazor, MudBlazor, plotly
/// and our modules are all served from here; none is inline), inline styles (MudBlazor's theme provider writes its
/// palette as a style element; MudBlazor and plotly set style attributes), fonts from here (Roboto, served by the
/// app), images from data: and blob: URLs (plotly's PNG export), and connections back to this server (the circuit's
/// WebSocket). No page may be framed: a wall is opened, not embedded.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Registered first in the pipeline, outside the exception handler. The headers are written when the response
    /// starts rather than on the way in: the exception handler clears every header before it writes its error (the
    /// API's JSON 500 or the re-executed error page), and whatever answers (a static file, a 404, a challenge) may
    /// have replaced them too; at OnStarting nothing can remove them any more.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(AddTo, context.Response);
        return next(context);
    });

    private static Task AddTo(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // The kiosk address carries its token: no other site may learn it from a Referer.
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return Task.CompletedTask;
    }
}
