using HealthDashboard.Data.Db;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace HealthDashboard.Web.Errors;

/// <summary>
/// Any request that fails because the database is out (<see cref="DatabaseFailure"/>) is answered 503 with a message
/// saying so, whatever it was: a sign-in, an upload, an API call, a hub negotiation. Machines get the message as JSON
/// here; people get the error page, which says the same at 503 (<see cref="ErrorHandlingExtensions"/>). Either way
/// the outage is reported, so open pages show their banner and a restarted server's dead connections are dropped.
/// </summary>
public sealed class DatabaseOutageHandler(DatabaseOutage outage, DataReadiness readiness) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var kind = outage.Report(exception);
        // The request's path is already the error page's here; the feature keeps the one that failed.
        var path = new PathString(httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value);
        if (!CookieEvents.IsMachine(path))
        {
            return false;
        }

        ApiMessage message;
        if (kind != DatabaseFailureKind.None)
        {
            message = DatabaseOutageText.Message(kind);
        }
        else if (readiness.State == DataState.Failed)
        {
            // A database that could not even be prepared (say, no connection string) fails everything the same way.
            message = ReadinessFilter.NotPrepared;
        }
        else
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "10";
        await httpContext.Response.WriteAsJsonAsync(message, cancellationToken);
        return true;
    }
}
