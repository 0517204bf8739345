using HealthDashboard.Data.Db;
using Microsoft.AspNetCore.Diagnostics;

namespace HealthDashboard.Web.Errors;

public static class ErrorHandlingExtensions
{
    // In this order: a database outage is a 503 with its own message, before any other error is the API's 500.
    public static IServiceCollection AddDashboardErrors(this IServiceCollection services) =>
        services.AddExceptionHandler<DatabaseOutageHandler>().AddExceptionHandler<ApiExceptionHandler>();

    /// <summary>
    /// A friendly error page in every environment, Development included: people must never see a stack trace (the
    /// log has it). An address nothing answers is re-executed to the NotFound page with its 404 kept (the .NET 10 way; a
    /// catch-all page that sets 404 itself gets an empty body on .NET 10, whose renderer leaves a 404 to re-execution).
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
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Only a page asked for with GET becomes the not-found page: an antiforgery 400, a 401 or 403, or a POST to an
        // unknown address keeps its bare status (re-executing a POST would run the page's form handling).
        app.Use(async (context, next) =>
        {
            await next(context);
            var isPageNotFound = context.Response.StatusCode == StatusCodes.Status404NotFound
                && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));
            if (!isPageNotFound && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }
        });
        return app;
    }
}
