using HealthDashboard.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace HealthDashboard.Web.Errors;

/// <summary>An API caller gets a JSON message on an unexpected error, never the HTML error page nor a stack trace.</summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The request's path is already the error page's here; the feature keeps the one that failed.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (path is null || !new PathString(path).StartsWithSegments("/api"))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await httpContext.Response.WriteAsJsonAsync(
            new ApiMessage("Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.", "The server failed to handle the request. Please try again later."),
            cancellationToken);
        return true;
    }
}
