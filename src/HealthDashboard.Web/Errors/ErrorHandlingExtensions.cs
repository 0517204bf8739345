namespace HealthDashboard.Web.Errors;

public static class ErrorHandlingExtensions
{
    public static IServiceCollection AddDashboardErrors(this IServiceCollection services) =>
        services.AddExceptionHandler<ApiExceptionHandler>();

    /// <summary>
    /// A friendly error page in every environment, Development included: people must never see a stack trace (the
    /// log has it). Unknown pages are answered by the catch-all NotFound page, not by status-code re-execution, which
    /// does not render Blazor pages on net9 (dotnet/aspnetcore#51203).
    /// </summary>
    public static WebApplication UseDashboardErrors(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        return app;
    }
}
