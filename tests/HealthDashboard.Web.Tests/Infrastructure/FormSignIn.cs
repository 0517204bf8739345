using System.Net;
using System.Text.RegularExpressions;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// Signs an HttpClient in through the real sign-in form (antiforgery token and all), as a browser would; the client
/// must keep cookies (TestServer's clients and <see cref="NewCookieClient"/>'s do).
/// </summary>
public static partial class FormSignIn
{
    public static HttpClient NewCookieClient(Uri baseAddress) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    /// <summary>Posts the form; returns the response (302 to the page on success, 200 with the form and a message otherwise).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = TokenField().Match(form) is { Success: true } match ? match.Groups[1].Value
            : throw new InvalidOperationException("The sign-in page has no antiforgery token:\n" + form);
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    public static async Task SignInAsync(HttpClient client, string userName, string password)
    {
        using var response = await PostAsync(client, userName, password);
        var landed = response.Headers.Location?.ToString() ?? response.RequestMessage?.RequestUri?.ToString() ?? "";
        if (landed.Contains("/account/login", StringComparison.OrdinalIgnoreCase) || (int)response.StatusCode is >= 400)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed ({(int)response.StatusCode}):\n{await response.Content.ReadAsStringAsync()}");
        }

        if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("login-error", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in as {userName} was refused:\n{await response.Content.ReadAsStringAsync()}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
