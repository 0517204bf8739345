using System.Globalization;
using Bunit;
using HealthDashboard.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>
/// A bUnit context with what every component of the app may ask for: MudBlazor's services, the page texts, and the
/// reader's language. One per test, disposed with <c>await using</c>: MudBlazor's services only dispose
/// asynchronously, which a test class inheriting <see cref="BunitContext"/> cannot do.
/// </summary>
internal static class ComponentContext
{
    public static BunitContext Create(string culture = "vi-VN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.Services.AddTransient<MudBlazor.MudLocalizer, VietnameseMudLocalizer>();
        context.Services.AddSingleton<UiText>();
        context.Services.AddSingleton<HealthDashboard.Web.Features.Overview.OverviewText>();
        // MudBlazor's components call their JavaScript on first render; the tests look at markup only.
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
