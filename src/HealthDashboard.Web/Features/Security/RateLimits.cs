using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Sign-in attempts per address (the lockout guards each account; this guards against trying many accounts) and API
/// calls per key. A refused request gets 429 and a message in both languages, and changes nothing.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Api = "api";

    public static IServiceCollection AddDashboardRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("ip:" + Address(context), _ => PerMinute(Settings(context).SignInPerMinute))
                : RateLimitPartition.GetNoLimiter("views"));
            limiter.AddPolicy(Api, context => RateLimitPartition.GetFixedWindowLimiter(
                ApiKeyAuthenticationHandler.SecretOf(context.Request) is { } secret ? "key:" + Data.Security.SecretHash.Of(secret) : "ip:" + Address(context),
                _ => PerMinute(Settings(context).ApiPerMinute)));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await context.HttpContext.Response.WriteAsJsonAsync(new Api.ApiMessage(
                    "Quá nhiều yêu cầu trong một phút; chưa có gì thay đổi. Vui lòng thử lại sau ít phút.",
                    "Too many requests in a minute; nothing was changed. Please try again in a minute."), cancellationToken);
            };
        });
        return services;
    }

    private static SecurityOptions Settings(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value;

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
