using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor.Services;

namespace HealthDashboard.Web.Components;

public static class UiServiceCollectionExtensions
{
    public static IServiceCollection AddDashboardUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Vietnamese as text, not as &#x...; entities: smaller pages that people (and tests) can read in the source.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMudServices();
        services.AddTransient<MudBlazor.MudLocalizer, Localization.VietnameseMudLocalizer>();
        return services;
    }

    public static WebApplication MapDashboardUi(this WebApplication app)
    {
        // The frame-ancestors rule is in our own content-security policy (SecurityHeaders); a second header would only repeat it.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
