using System.Net;

namespace HealthDashboard.Web.Tests.Security;

/// <summary>Who the matrix asks as.</summary>
public enum Who
{
    Anonymous,
    Admin,
    Leader,
    OfficerIn,
    OfficerOut,
    Kiosk,
    KeyIn,
    KeyOut,
}

/// <summary>One caller of the matrix: its own cookies (a person's or a kiosk's sign-in) or an API key, never following redirects.</summary>
public sealed class Caller(Who who, Uri baseAddress, string? apiKey = null) : IDisposable
{
    public Who Who { get; } = who;
    public CookieContainer Cookies { get; } = new();
    public string? ApiKey { get; } = apiKey;

    public HttpClient Http => _http ??= NewClient();

    private HttpClient? _http;

    private HttpClient NewClient()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        if (ApiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        }

        return client;
    }

    public override string ToString() => Who.ToString();

    public void Dispose() => _http?.Dispose();
}
