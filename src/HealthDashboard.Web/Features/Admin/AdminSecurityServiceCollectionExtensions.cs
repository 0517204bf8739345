using HealthDashboard.Web.Features.Admin.ApiKeys;
using HealthDashboard.Web.Features.Admin.Audit;
using HealthDashboard.Web.Features.Admin.Kiosks;
using HealthDashboard.Web.Features.Admin.Users;

namespace HealthDashboard.Web.Features.Admin;

public static class AdminSecurityServiceCollectionExtensions
{
    /// <summary>The admin pages for users and sessions, kiosk tokens, API keys and the audit log.</summary>
    public static IServiceCollection AddSecurityAdmin(this IServiceCollection services)
    {
        services.AddSingleton<AdminClock>();
        services.AddSingleton<UsersText>();
        services.AddSingleton<KiosksText>();
        services.AddSingleton<ApiKeysText>();
        services.AddSingleton<AuditText>();
        services.AddSingleton<AuditWording>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<KioskAdminService>();
        services.AddScoped<ApiKeyAdminService>();
        services.AddScoped<Home.AdminFactsReader>();
        return services;
    }
}
