using System.Net.Http.Headers;
using System.Text.Json;
using HealthDashboard.Data.Imports;
using HealthDashboard.Web.Features.Import;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>
/// Every bad file of the corpus, on both engines, through the page's import service and through the API: a clear
/// message in Vietnamese and English, never a 500, and data_value and the audit log exactly as they were.
/// </summary>
public sealed class MalformedFileTests(ImportAppsFixture apps) : IClassFixture<ImportAppsFixture>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EveryMalformedFileGetsAClearMessageInBothLanguagesAndChangesNothing(string provider)
    {
        var app = apps[provider];
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        var before = await app.CountAsync();
        var wrong = new List<string>();
        var cases = MalformedFiles.All(app).ToList();
        foreach (var (name, bytes, contentType) in cases)
        {
            var batch = await app.Imports.UploadAsync(ImportApp.Admin, name, bytes);
            var rejections = ImportRejections.FromJson((await app.Imports.FindAsync(ImportApp.Admin, batch.Id))!.Rejections);
            if (batch.Status != ImportStatus.Rejected || rejections.Count == 0 || rejections.Any(r => !IsClear(r.Message, r.MessageEn)))
            {
                wrong.Add($"{name} (page): {batch.Status}, {string.Join(" | ", rejections.Select(r => r.MessageEn))}");
            }

            using var response = await api.PostAsync("/api/dataValueSets", new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } });
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status is < 400 or >= 500 || !TryMessages(body, out var vi, out var en) || !IsClear(vi, en))
            {
                wrong.Add($"{name} (API): {status} {body[..Math.Min(body.Length, 300)]}");
            }
        }

        Assert.True(cases.Count >= 30, $"only {cases.Count} cases");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await app.CountAsync());
    }

    private static bool IsClear(string? vi, string? en) =>
        !string.IsNullOrWhiteSpace(vi) && !string.IsNullOrWhiteSpace(en) && vi != en && !en.Contains("   at ", StringComparison.Ordinal)
        && !en.Contains("Exception", StringComparison.Ordinal);

    private static bool TryMessages(string body, out string? vi, out string? en)
    {
        (vi, en) = (null, null);
        try
        {
            using var json = JsonDocument.Parse(body);
            vi = json.RootElement.GetProperty("message").GetString();
            en = json.RootElement.GetProperty("messageEn").GetString();
            return true;
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }
}
