using Microsoft.AspNetCore.Localization;

namespace HealthDashboard.Web.Localization;

public static class CultureEndpoint
{
    /// <summary>
    /// <c>GET /culture?c=en-US&amp;redirect=/units/AG</c>: remembers the language in the culture cookie and goes back to
    /// the page. A Blazor circuit takes its culture when it starts, so the switch is a full reload through here.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (string? c, string? redirect, HttpContext http) =>
        {
            var culture = SupportedCultures.Normalize(c);
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(LocalUrl.IsLocal(redirect) ? redirect! : "/");
        }).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }

    public static string Href(string culture, string returnPath) =>
        $"/culture?c={Uri.EscapeDataString(culture)}&redirect={Uri.EscapeDataString(returnPath)}";
}
