namespace HealthDashboard.Web.Features.Account;

public static class AccountServiceCollectionExtensions
{
    public static IServiceCollection AddAccountPages(this IServiceCollection services)
    {
        services.AddSingleton<AccountText>();
        return services;
    }
}
