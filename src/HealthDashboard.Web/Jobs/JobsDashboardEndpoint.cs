using Hangfire;
using Hangfire.Dashboard;
using HealthDashboard.Web.Features.Security;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Hangfire's own dashboard at <c>/admin/hangfire</c>, for admins only, through the app's Admin policy (anonymous:
/// the sign-in redirect or 401 as everywhere; other roles: 403) and under the app's security headers and CSP (the
/// dashboard loads its scripts from its own routes). Mapped from the parts Hangfire's MapHangfireDashboard is made of,
/// as that one asks for Hangfire's process-wide configuration (AddHangfire), which this app does not use.
/// </summary>
public static class JobsDashboardEndpoint
{
    public const string Path = "/admin/hangfire";

    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(10);

    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        var host = endpoints.ServiceProvider.GetRequiredService<JobsHost>();
        var options = new DashboardOptions
        {
            AppPath = "/admin/jobs",
            DashboardTitle = "Hangfire · HealthDashboard",
            // The endpoint's Admin policy decides who comes in; Hangfire's default filter would let local requests only.
            Authorization = [],
            AsyncAuthorization = [],
            DisplayStorageConnectionString = false,
            TimeZoneResolver = new DefaultTimeZoneResolver(),
        };
        var pipeline = endpoints.CreateApplicationBuilder()
            .UsePathBase(Path)
            .Use(async (context, next) =>
            {
                if (!await StartedAsync(host))
                {
                    // Jobs off on this node, or the database not ready: a clear answer rather than Hangfire's exception.
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync($"The job server is not running on this node ({host.State}).");
                    return;
                }

                await next(context);
            })
            .UseMiddleware<AspNetCoreDashboardMiddleware>(new RunningJobStorage(host), options, DashboardRoutes.Routes)
            .Build();
        return endpoints.Map(Path + "/{**path}", pipeline).RequireAuthorization(Policies.Admin);
    }

    private static async Task<bool> StartedAsync(JobsHost host)
    {
        try
        {
            // Right after start-up the server may be a moment behind the pages.
            await host.WhenStarted.WaitAsync(StartWait);
            return true;
        }
        catch (Exception error) when (error is TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }
}
