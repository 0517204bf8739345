using Microsoft.AspNetCore.Localization;

namespace HealthDashboard.Web.Localization;

public static class LocalizationExtensions
{
    public static IServiceCollection AddDashboardLocalization(this IServiceCollection services)
    {
        services.AddSingleton<UiText>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(SupportedCultures.Vietnamese)
                .AddSupportedCultures(SupportedCultures.All)
                .AddSupportedUICultures(SupportedCultures.All);
            // Only the cookie: a browser's Accept-Language (en-US in most headless and office browsers) must not
            // override the Vietnamese default; people switch with the header's toggle.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseDashboardLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();
}
