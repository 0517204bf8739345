using System.Net.Http.Headers;
using System.Text.Json;
using HealthDashboard.Data.Imports;
using HealthDashboard.Web.Features.Import;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>
/// Every bad file of the corpus (Import/Malformed and the large ones made in code), on both engines, through the page's
/// import service and through the API: the status and the message each must get, in Vietnamese and English, never a
/// 500, and data_value and the audit log exactly as they were.
/// </summary>
public sealed class MalformedFileTests(ImportAppsFixture apps) : IClassFixture<ImportAppsFixture>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EveryMalformedFileGetsItsStatusAndMessageInBothLanguagesAndChangesNothing(string provider)
    {
        var app = apps[provider];
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        var before = await app.CountAsync();
        var wrong = new List<string>();
        var cases = MalformedCorpus.Load(app).Concat(MalformedFiles.Generated(app)).ToList();
        foreach (var bad in cases)
        {
            var batch = await app.Imports.UploadAsync(ImportApp.Admin, bad.Name, bad.Bytes);
            var rejections = ImportRejections.FromJson((await app.Imports.FindAsync(ImportApp.Admin, batch.Id))!.Rejections);
            if (batch.Status != ImportStatus.Rejected || rejections.Count == 0 || rejections.Any(r => !IsClear(r.Message, r.MessageEn))
                || !rejections.Any(r => r.MessageEn.Contains(bad.PageMessage, StringComparison.OrdinalIgnoreCase)))
            {
                wrong.Add($"{bad.Name} (page, wants '{bad.PageMessage}'): {batch.Status}, {string.Join(" | ", rejections.Select(r => r.MessageEn))}");
            }

            using var response = await api.PostAsync("/api/dataValueSets", new ByteArrayContent(bad.Bytes) { Headers = { ContentType = new MediaTypeHeaderValue(bad.ContentType) } });
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status != bad.Status || !TryMessages(body, out var vi, out var en, out var all) || !IsClear(vi, en)
                || !all.Any(m => m.Contains(bad.ApiMessage, StringComparison.OrdinalIgnoreCase)))
            {
                wrong.Add($"{bad.Name} (API, wants {bad.Status} '{bad.ApiMessage}'): {status} {body[..Math.Min(body.Length, 400)]}");
            }
        }

        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await app.CountAsync());
    }

    /// <summary>The single-value endpoint reads its body through the same decoder and JSON reader as an import.</summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task BadTextSentToTheSingleValueEndpointIs400NamingTheFieldAndChangesNothing(string provider)
    {
        var app = apps[provider];
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        var before = await app.CountAsync();
        var start = $"{{\"dataElement\":\"{app.Elements[0]}\",\"orgUnit\":\"{app.Stations[0]}\",\"period\":\"201601\",";
        (byte[] Body, string Field, string Message)[] cases =
        [
            (Utf8(start + "\"value\":\"5\",\"comment\":\"\\ud800x\"}"), "comment", "character 1 is a lone surrogate U+D800"),
            (Utf8(start + "\"value\":\"1\\u0000\"}"), "value", "control character U+0000 (NUL) at character 2"),
            ([.. Utf8(start + "\"value\":\"5\",\"comment\":\""), 0xC0, 0xAF, .. Utf8("\"}")], "body", "line 1 has bytes that are not valid UTF-8"),
        ];
        foreach (var (body, field, message) in cases)
        {
            using var response = await api.PostAsync("/api/dataValues", new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode == 400, $"{(int)response.StatusCode} {text}");
            using var json = JsonDocument.Parse(text);
            var error = json.RootElement.GetProperty("errors")[0];
            Assert.Equal(field, error.GetProperty("field").GetString());
            Assert.Contains(message, error.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await app.CountAsync());
    }

    [Fact]
    public void EveryFileOfTheCorpusIsInItsManifest() => Assert.Empty(MalformedCorpus.Unlisted());

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private static bool IsClear(string? vi, string? en) =>
        !string.IsNullOrWhiteSpace(vi) && !string.IsNullOrWhiteSpace(en) && vi != en && !en.Contains("   at ", StringComparison.Ordinal)
        && !en.Contains("Exception", StringComparison.Ordinal);

    /// <summary>The answer's own message, and every English text in it (the summary's, each conflict's and error's).</summary>
    private static bool TryMessages(string body, out string? vi, out string? en, out IReadOnlyList<string> all)
    {
        (vi, en, all) = (null, null, []);
        try
        {
            using var json = JsonDocument.Parse(body);
            vi = json.RootElement.GetProperty("message").GetString();
            en = json.RootElement.GetProperty("messageEn").GetString();
            all = Strings(json.RootElement).ToList();
            return true;
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
