using System.Security.Claims;
using System.Text.Encodings.Web;
using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// A machine's API key, from the <c>X-Api-Key</c> header (or, for WebSocket hub clients, which cannot set headers in
/// a browser, the <c>access_token</c> query parameter SignalR uses). Looked up by hash; revoked keys fail.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyCache keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";

    public static string? SecretOf(HttpRequest request) =>
        request.Headers[HeaderName].ToString() is { Length: > 0 } header ? header
        : request.Path.StartsWithSegments("/hubs") && request.Query["access_token"].ToString() is { Length: > 0 } token ? token
        : null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (SecretOf(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        // With the database out this throws, and the caller hears that from the error pipeline (503, DatabaseOutageHandler),
        // not that the key is wrong.
        var key = await keys.FindAsync(secret, Context.RequestAborted);
        if (key is null || key.IsRevoked)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "apikey:" + key.Name),
                new Claim(AppClaims.ApiKey, key.Id),
                new Claim(AppClaims.Unit, key.UnitCode),
            ], AuthSchemes.ApiKey);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.ApiKey));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Response.WriteAsJsonAsync(new Api.ApiMessage(
            "Thiếu hoặc sai khóa API (tiêu đề X-Api-Key), hoặc khóa đã bị thu hồi.",
            "The API key (header X-Api-Key) is missing, wrong or revoked."));
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(new Api.ApiMessage(
            "Khóa API này không được phép làm việc này.", "This API key is not allowed to do this."));
    }
}
