using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace HealthDashboard.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>
    /// <c>POST /account/logout</c> (a form with the antiforgery token: a link on another site cannot sign anyone out) and
    /// <c>GET /kiosk/{token}</c>, the address an admin puts on a wall PC: it swaps the token for the kiosk cookie and
    /// opens the token's playlist, so the token itself need not stay in the browser's address bar.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async ([FromForm] string? returnUrl, HttpContext http, SignInService signIns) =>
        {
            await signIns.SignOutAsync(http);
            return Results.LocalRedirect("/account/login");
        }).AllowAnonymous();

        endpoints.MapGet("/kiosk/{token}", async (string token, HttpContext http, KioskTokenStore kiosks, AuditTrail audit, TimeProvider clock) =>
        {
            var kiosk = token.Length is > 0 and <= 200 ? await kiosks.FindBySecretAsync(token, http.RequestAborted) : null;
            var reason = kiosk switch
            {
                null => AccessEndReason.KioskUnknown,
                { IsRevoked: true } => AccessEndReason.KioskRevoked,
                _ when kiosk.IsExpired(clock.GetUtcNow().UtcDateTime) => AccessEndReason.KioskExpired,
                _ => AccessEndReason.None,
            };
            if (reason != AccessEndReason.None)
            {
                return Results.LocalRedirect("/kiosk/ended?reason=" + KioskReasons.ToQuery(reason));
            }

            var identity = new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.Name, "kiosk:" + kiosk!.Name),
                    new Claim(ClaimTypes.Role, AppRoles.Kiosk),
                    new Claim(AppClaims.KioskToken, kiosk.Id),
                    new Claim(AppClaims.Playlist, kiosk.PlaylistCode),
                ], AuthSchemes.Kiosk);
            await http.SignInAsync(AuthSchemes.Kiosk, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
            await kiosks.TouchAsync(kiosk.Id, http.RequestAborted);
            await audit.RecordAsync("kiosk:" + kiosk.Name, AuditActions.KioskSignIn, "kiosk", kiosk.Id, null, kiosk.PlaylistCode, "web");
            return Results.LocalRedirect("/wall/" + Uri.EscapeDataString(kiosk.PlaylistCode));
        }).AllowAnonymous();

        return endpoints;
    }
}
