using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Api;

/// <summary>
/// Lets a write through only with the configured key in <c>X-Api-Key</c>: 401 for a missing or wrong key, and 503
/// while no key is configured, so a forgotten setting closes the API instead of opening it.
/// </summary>
public sealed class ApiKeyFilter(IOptionsMonitor<ApiKeyOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.CurrentValue.Key?.Trim();
        if (string.IsNullOrEmpty(expected))
        {
            return TypedResults.Json(new ApiMessage(
                "Ghi dữ liệu qua API đang tắt cho đến khi cấu hình Api:Key.",
                "API writes are disabled until Api:Key is set in the configuration."), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var given = context.HttpContext.Request.Headers[ApiKeyOptions.HeaderName].ToString();
        // Hashes compared in constant time: the time taken tells a caller neither how much of a guess was right nor the key's length.
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected))))
        {
            return TypedResults.Json(new ApiMessage(
                "Thiếu hoặc sai khóa API (tiêu đề X-Api-Key).",
                "The API key (header X-Api-Key) is missing or wrong."), statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }
}
