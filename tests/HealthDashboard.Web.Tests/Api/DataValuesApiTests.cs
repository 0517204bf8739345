using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Tests.Realtime;

namespace HealthDashboard.Web.Tests.Api;

[Collection(RealtimeAppCollection.Name)]
public sealed class DataValuesApiTests(RealtimeAppFixture fixture)
{
    private static readonly string NextYearMonth = (DateTime.Now.Year + 1).ToString(CultureInfo.InvariantCulture) + "01";

    [Fact]
    public async Task EveryKindOfBadValueIsListedWithItsIndexAndFieldAndNothingIsWritten()
    {
        var before = await fixture.CountRowsAsync();
        object[] values =
        [
            // 0: good (above the station's stored insured visits, which the pair rule holds it to), and still not written
            Value("PC_VISITS", "AG_LXU_04_TYT", "202406", "5000"),
            Value("NOPE", "AG_LXU_04_TYT", "202406", "1"), // 1: unknown element
            new { orgUnit = "AG_LXU_04_TYT", period = "202406", value = "1" }, // 2: no element
            Value("PC_VISITS", "XX_99", "202406", "1"), // 3: unknown unit
            Value("PC_VISITS", "AG_LXU_04_TYT", "2024-06", "1"), // 4: not a period
            Value("U5_MEASURED", "AG_LXU_04_TYT", "202406", "1"), // 5: yearly element, monthly period
            Value("PC_VISITS", "AG_LXU_04_TYT", NextYearMonth, "1"), // 6: future
            Value("PC_VISITS", "AG_LXU_04_TYT", "202407", "many"), // 7: not a number
            Value("PC_VISITS", "AG_LXU_04_TYT", "202408", "-3"), // 8: negative
            Value("PC_VISITS", "AG_LXU_04_TYT", "202409", "12.5"), // 9: integer element, fraction
            Value("STATION_DOCTOR", "AG_LXU_04_TYT", "202406", "2"), // 10: boolean element, not 0/1
            Value("PC_VISITS", "AG_LXU_04_TYT", "202410", "NaN"), // 11: not finite
            Value("PC_VISITS", "AG_LXU_04_TYT", "202406", "5001"), // 12: same key as 0
            new { dataElement = "PC_VISITS", orgUnit = "AG_LXU_04_TYT", period = "202411" }, // 13: no value
        ];

        var (status, failure) = await PostSetAsync(new { dataValues = values });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            [(1, "dataElement"), (2, "dataElement"), (3, "orgUnit"), (4, "period"), (5, "period"), (6, "period"), (7, "value"), (8, "value"),
             (9, "value"), (10, "value"), (11, "value"), (12, "period"), (13, "value")],
            failure.Errors.Select(e => (e.Index ?? -1, e.Field)).ToArray());
        Assert.All(failure.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.MessageEn) || e.MessageEn.Contains('\n')));
        Assert.Contains("future", failure.Errors.Single(e => e.Index == 6).MessageEn);
        Assert.Contains("yearly", failure.Errors.Single(e => e.Index == 5).MessageEn);
        Assert.Equal(before, await fixture.CountRowsAsync());
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("[1, 2]", "body")]
    [InlineData("{\"values\": []}", "dataValues")]
    [InlineData("{\"dataValues\": []}", "dataValues")]
    public async Task ABodyOfTheWrongShapeIs400AndWritesNothing(string body, string field)
    {
        var before = await fixture.CountRowsAsync();
        using var request = Post("/api/dataValueSets", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        using var response = await fixture.App.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var failure = await response.Content.ReadFromJsonAsync<ApiValidationFailure>();
        Assert.Equal((null, field), (failure!.Errors.Single().Index, failure.Errors.Single().Field));
        Assert.Equal(before, await fixture.CountRowsAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("realtime-tests-key-and-more")]
    public async Task AMissingOrWrongKeyIs401AndWritesNothing(string? key)
    {
        var before = await fixture.CountRowsAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dataValues")
        {
            Content = JsonContent.Create(Value("PC_VISITS", "AG_LXU_04_TYT", "202406", "100")),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        // A client of its own: the fixture's carries the valid key on every request.
        using var anonymous = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", (await response.Content.ReadFromJsonAsync<ApiMessage>())!.MessageEn);
        Assert.Equal(before, await fixture.CountRowsAsync());
    }

    [Fact]
    public async Task OneValueIsStoredByApiWithAnAuditRowOfItsOldAndNewValue()
    {
        var store = new DataValueStore(fixture.Database);
        var old = await store.GetAsync("PC_VISITS", "AG_LXU_05_TYT", Period.Month(2023, 3));
        var before = await fixture.CountRowsAsync();

        using var response = await fixture.App.Http.SendAsync(Post("/api/dataValues",
            JsonContent.Create(new { dataElement = "pc_visits", orgUnit = "AG_LXU_05_TYT", period = 202303, value = 4321 })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await store.GetAsync("PC_VISITS", "AG_LXU_05_TYT", Period.Month(2023, 3));
        var audit = (await new AuditStore(fixture.Database).RecentAsync(1)).Single();
        // Who: the key's name, as the admin named it; how: the API.
        Assert.StartsWith("apikey:tests", audit.Actor, StringComparison.Ordinal);
        Assert.Equal((4321.0, audit.Actor), (saved!.Value, saved.StoredBy));
        Assert.Equal(("api", "data_value", "PC_VISITS/AG_LXU_05_TYT/202303", "4321"), (audit.Via, audit.Entity, audit.EntityKey, audit.NewValue));
        Assert.Equal(old is null ? "create" : "update", audit.Action);
        Assert.Equal(old?.Value.ToString("R", CultureInfo.InvariantCulture), audit.OldValue);
        Assert.Equal((before.Values + (old is null ? 1 : 0), before.Audit + 1), await fixture.CountRowsAsync());
    }

    [Fact]
    public async Task AValueSetIsStoredWholeWithOneAuditRowPerValue()
    {
        var before = await fixture.CountRowsAsync();
        var set = new
        {
            orgUnit = "AG_LXU_06_TYT", // DHIS2's set-level default, used by the values that name no unit
            dataValues = new object[]
            {
                new { dataElement = "PC_VISITS", period = "201905", value = "210" },
                new { dataElement = "STATION_DOCTOR", period = "201905", value = "true" },
                new { dataElement = "U5_MEASURED", period = "2019", value = 480 },
                new { dataElement = "PC_VISITS", orgUnit = "AG_LXU_07_TYT", period = "201905", value = "190" },
            },
        };

        using var response = await fixture.App.Http.SendAsync(Post("/api/dataValueSets", JsonContent.Create(set)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<ImportSummary>();
        Assert.Equal(("SUCCESS", 4, 0), (summary!.Status, summary.ImportCount.Imported + summary.ImportCount.Updated, summary.ImportCount.Ignored));
        var after = await fixture.CountRowsAsync();
        Assert.Equal((before.Values + summary.ImportCount.Imported, before.Audit + 4), after);
        var store = new DataValueStore(fixture.Database);
        Assert.Equal(1.0, (await store.GetAsync("STATION_DOCTOR", "AG_LXU_06_TYT", Period.Month(2019, 5)))!.Value);
        Assert.Equal(480.0, (await store.GetAsync("U5_MEASURED", "AG_LXU_06_TYT", Period.OfYear(2019)))!.Value);
        Assert.Equal(190.0, (await store.GetAsync("PC_VISITS", "AG_LXU_07_TYT", Period.Month(2019, 5)))!.Value);
    }

    private static object Value(string element, string unit, string period, string value) =>
        new { dataElement = element, orgUnit = unit, period, value };

    private HttpRequestMessage Post(string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("X-Api-Key", fixture.App.ApiKey);
        return request;
    }

    private async Task<(HttpStatusCode Status, ApiValidationFailure Failure)> PostSetAsync(object body)
    {
        using var response = await fixture.App.Http.SendAsync(Post("/api/dataValueSets", JsonContent.Create(body)));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, System.Text.Json.JsonSerializer.Deserialize<ApiValidationFailure>(text, System.Text.Json.JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException(text));
    }
}
