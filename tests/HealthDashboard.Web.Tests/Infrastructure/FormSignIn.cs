using System.Net;
using System.Text.RegularExpressions;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// Signs an HttpClient in through the real sign-in form (antiforgery token and all), as a browser would; the client
/// must keep cookies (TestServer's clients and <see cref="NewCookieClient"/>'s do).
/// </summary>
public static partial class FormSignIn
{
    public static HttpClient NewCookieClient(Uri baseAddress, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    /// <summary>Posts the form; returns the response (302 to the page on success, 200 with the form and a message otherwise).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password) =>
        PostFormAsync(client, "/account/login", "login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });

    /// <summary>Fetches a page with a Blazor form, then posts it back with its antiforgery token, as a browser does.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string? formName, Dictionary<string, string> fields,
        string? postTo = null)
    {
        var form = await client.GetStringAsync(path);
        var token = TokenField().Match(form) is { Success: true } match ? match.Groups[1].Value
            : throw new InvalidOperationException($"{path} has no antiforgery token:\n" + form);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        if (formName is not null)
        {
            fields["_handler"] = formName;
        }

        return await client.PostAsync(postTo ?? path, new FormUrlEncodedContent(fields));
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
