using HealthDashboard.Data.Db;

namespace HealthDashboard.Web.Errors;

public static class ErrorHandlingExtensions
{
    // In this order: a database outage is a 503 with its own message, before any other error is the API's 500.
    public static IServiceCollection AddDashboardErrors(this IServiceCollection services) =>
        services.AddExceptionHandler<DatabaseOutageHandler>().AddExceptionHandler<ApiExceptionHandler>();

    /// <summary>
    /// A friendly error page in every environment, Development included: people must never see a stack trace (the
    /// log has it). Unknown pages are answered by the catch-all NotFound page, not by status-code re-execution, which
    /// does not render Blazor pages on net9 (dotnet/aspnetcore#51203).
    /// </summary>
    public static WebApplication UseDashboardErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            // A database outage is not the server's bug: 503, and the error page says the database is out.
            StatusCodeSelector = error => DatabaseFailure.IsOutage(error) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        return app;
    }
}
