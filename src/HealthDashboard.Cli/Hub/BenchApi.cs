using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HealthDashboard.Cli.Hub;

/// <summary>The two app endpoints the latency bench uses: read an aggregate, save one value with the API key.</summary>
public sealed class BenchApi(Uri app, string apiKey) : IDisposable
{
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromMinutes(2);
    private readonly HttpClient _http = new() { BaseAddress = app, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The aggregate's numerator, denominator and snapshot version, waiting while the app is still preparing (503).</summary>
    public async Task<(double? Numerator, double? Denominator, long Version)> AggregateAsync(string indicator, string orgUnit, string period,
        CancellationToken cancellationToken)
    {
        var address = $"/api/aggregates?indicator={Uri.EscapeDataString(indicator)}&orgUnit={Uri.EscapeDataString(orgUnit)}&period={period}";
        var deadline = DateTime.UtcNow + WarmUpLimit;
        while (true)
        {
            using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, address), cancellationToken);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }

            var body = await Answer(response, cancellationToken);
            return (Number(body, "numerator"), Number(body, "denominator"), body.GetProperty("version").GetInt64());
        }
    }

    public async Task SaveAsync(string element, string orgUnit, string period, double value, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dataValues")
        {
            Content = JsonContent.Create(new { dataElement = element, orgUnit, period, value }),
        };
        using var response = await SendAsync(request, cancellationToken);
        await Answer(response, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Reads need a sign-in too: the key goes with every request.
        request.Headers.Add("X-Api-Key", apiKey);
        try
        {
            return await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException error)
        {
            throw new InvalidOperationException($"cannot reach the app at {_http.BaseAddress}: {error.Message}", error);
        }
    }

    private static async Task<JsonElement> Answer(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}: {text}");
        }

        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static double? Number(JsonElement body, string name) =>
        body.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.Number ? field.GetDouble() : null;
}
