using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// What the two cookies do on each request: check that the sign-in still holds (<see cref="AccessCheck"/>), and
/// answer machines (API, hub, exports) with 401/403 and a message instead of a redirect to the sign-in page.
/// </summary>
public static class CookieEvents
{
    private const string EndReasonKey = "hd:access-end-reason";

    public static CookieAuthenticationEvents ForPeople() => new()
    {
        OnValidatePrincipal = ValidateAsync,
        OnRedirectToLogin = context => IsMachine(context.Request) ? WriteAsync(context.Response, 401) : Redirect(context),
        OnRedirectToAccessDenied = context =>
        {
            if (IsMachine(context.Request))
            {
                return WriteAsync(context.Response, 403);
            }

            // A one-time password is not a refusal: the person is sent to choose a new one, then back here.
            if (context.HttpContext.User.MustChangePassword())
            {
                var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                context.Response.Redirect("/account/password?returnUrl=" + Uri.EscapeDataString(back));
                return Task.CompletedTask;
            }

            return Redirect(context);
        },
    };

    public static CookieAuthenticationEvents ForKiosks() => new()
    {
        OnValidatePrincipal = ValidateAsync,
        OnRedirectToLogin = context =>
        {
            if (IsMachine(context.Request))
            {
                return WriteAsync(context.Response, 401);
            }

            // The wall PC is told why it is out (revoked, expired), not sent to a sign-in page nobody at the wall can use.
            var reason = context.HttpContext.Items[EndReasonKey] is AccessEndReason r ? r : AccessEndReason.KioskUnknown;
            context.Response.Redirect("/kiosk/ended?reason=" + KioskReasons.ToQuery(reason));
            return Task.CompletedTask;
        },
        OnRedirectToAccessDenied = context => IsMachine(context.Request) ? WriteAsync(context.Response, 403) : Redirect(context),
    };

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        // Static files are public. Ending a sign-in on one (a font subset a page asks for late, as a wall does for the
        // bold letters of its "stopped" message) would delete the cookie in a response the page never reads, and the
        // wall's next load would land on the sign-in form instead of the reason; the next page or API request ends it.
        if (context.Principal is null || IsStaticFile(context.Request.Path))
        {
            return;
        }

        var access = context.HttpContext.RequestServices.GetRequiredService<AccessCheck>();
        var reason = await access.WhyEndedAsync(context.Principal, context.HttpContext.RequestAborted);
        if (reason != AccessEndReason.None)
        {
            context.HttpContext.Items[EndReasonKey] = reason;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    private static bool IsMachine(HttpRequest request) => IsMachine(request.Path);

    private static bool IsStaticFile(PathString path) =>
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_framework");

    /// <summary>Paths answered with JSON messages rather than pages: the API, the hub, exports and Blazor's own connection.</summary>
    public static bool IsMachine(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/export") || path.StartsWithSegments("/_blazor");

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task WriteAsync(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(status == 401
            ? new Api.ApiMessage("Cần đăng nhập (hoặc khóa API trong tiêu đề X-Api-Key).", "Sign-in (or an API key in the X-Api-Key header) is required.")
            : new Api.ApiMessage("Bạn không có quyền làm việc này.", "You are not allowed to do this."));
    }
}
