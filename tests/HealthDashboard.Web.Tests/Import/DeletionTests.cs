using System.Globalization;
using System.Net.Http.Json;
using System.Net;
using System.Text;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Imports;
using HealthDashboard.Data.Security;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>
/// DHIS2's deletions (<c>"deleted": true</c> in JSON, a <c>deleted</c> column in CSV) remove the stored value through the
/// one write path, on both engines: audited with the old value, counted as deleted, and gone from the aggregates.
/// </summary>
public sealed class DeletionTests(ImportAppsFixture apps) : IClassFixture<ImportAppsFixture>
{
    private const string Visits = "PC_VISITS";

    /// <summary>The generated data's one year (the last complete one): its months hold a value for every station.</summary>
    private static readonly int DataYear = DateTime.Today.Year - 1;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ADhis2JsonDeletionRemovesTheValueAuditsItsOldValueAndTheAggregatesDropIt(string provider)
    {
        var app = apps[provider];
        var (station, month) = (app.Stations[0], Period.Month(DataYear, 3));
        var stored = await StoredAsync(app, station, month);
        Assert.NotNull(stored);
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        var root = await AggregateAsync(api, "SYN", month);
        Assert.NotNull(root.Denominator);
        Assert.Equal(stored, (await AggregateAsync(api, station, month)).Denominator);
        var body = $$"""{"dataValues":[{"dataElement":"{{Visits}}","orgUnit":"{{station}}","period":"{{month}}","value":"{{Inv(stored)}}","deleted":true}]}""";

        var (dryStatus, dryRun) = await PostAsync(api, "/api/dataValueSets?dryRun=true", body, "application/json");
        Assert.Equal((HttpStatusCode.OK, new ImportCount(0, 0, 0, 1)), (dryStatus, dryRun.ImportCount));
        Assert.Equal(stored, await StoredAsync(app, station, month));
        var (status, summary) = await PostAsync(api, "/api/dataValueSets", body, "application/json");

        Assert.Equal((HttpStatusCode.OK, "SUCCESS", new ImportCount(0, 0, 0, 1)), (status, summary.Status, summary.ImportCount));
        Assert.Contains("1 deleted", summary.MessageEn);
        Assert.Null(await StoredAsync(app, station, month));
        var audit = await LastAuditAsync(app, station, month);
        Assert.Equal(("delete", Inv(stored), null, "api"), (audit.Action, audit.Old, audit.New, audit.Via));
        Assert.StartsWith("apikey:", audit.Actor, StringComparison.Ordinal);
        // The station's own figure is gone, not kept at its old value, and its ancestors' totals lose it.
        Assert.Null((await WaitForAsync(api, station, month, a => a.Denominator is null)).Denominator);
        Assert.Equal(root.Denominator - stored, (await WaitForAsync(api, "SYN", month, a => a.Denominator != root.Denominator)).Denominator);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ADhis2CsvDeletedColumnRemovesTheValueAndTheAggregateDropsIt(string provider)
    {
        var app = apps[provider];
        var (station, month) = (app.Stations[1], Period.Month(DataYear, 4));
        var stored = await StoredAsync(app, station, month);
        Assert.NotNull(stored);
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        var root = await AggregateAsync(api, "SYN", month);
        Assert.NotNull(root.Denominator);
        // DHIS2 writes the old value, or nothing, with a deletion.
        var body = ImportColumns.Dhis2Header + ",deleted\n" + $"{Visits},{month},{station},,,,admin,2024-01-01,,false,true\n";

        var (status, summary) = await PostAsync(api, "/api/dataValueSets", body, "text/csv");

        Assert.Equal((HttpStatusCode.OK, new ImportCount(0, 0, 0, 1)), (status, summary.ImportCount));
        Assert.Null(await StoredAsync(app, station, month));
        Assert.Equal(("delete", Inv(stored), null, "api"), Pick(await LastAuditAsync(app, station, month)));
        Assert.Equal(root.Denominator - stored, (await WaitForAsync(api, "SYN", month, a => a.Denominator != root.Denominator)).Denominator);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task OurCsvTakesADeletedColumnTooAndThePageCountsAndAuditsTheDeletionAsAnImport(string provider)
    {
        var app = apps[provider];
        var (station, month) = (app.Stations[2], Period.Month(DataYear, 5));
        var stored = await StoredAsync(app, station, month);
        Assert.NotNull(stored);
        var file = ImportFiles.Utf8("data_element,org_unit,period,value,comment,deleted\n"
            + $"{Visits},{station},{month},,,true\n{Visits},{station},201401,17,,false\n");

        var uploaded = await app.Imports.UploadAsync(ImportApp.Admin, "xoá.csv", file);
        var (outcome, _) = await app.Imports.CommitAsync(ImportApp.Admin, uploaded.Id);

        Assert.Equal((ImportStatus.Ready, 1, 0, 0, 1), (uploaded.Status, uploaded.NewCount, uploaded.UpdatedCount, uploaded.UnchangedCount, uploaded.DeletedCount));
        Assert.Equal(ImportCommitOutcome.Committed, outcome);
        Assert.Null(await StoredAsync(app, station, month));
        Assert.Equal(17, await StoredAsync(app, station, Period.Month(2014, 1)));
        var audit = await LastAuditAsync(app, station, month);
        Assert.Equal(("delete", Inv(stored), null, "import", "admin"), (audit.Action, audit.Old, audit.New, audit.Via, audit.Actor));
        Assert.Equal(1, (await app.Imports.HistoryAsync(ImportApp.Admin)).Single(b => b.Id == uploaded.Id).DeletedCount);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DeletingAValueThatIsNotStoredIsCountedAsIgnoredAndChangesNothing(string provider)
    {
        var app = apps[provider];
        var (station, month) = (app.Stations[3], Period.Month(2013, 2));
        Assert.Null(await StoredAsync(app, station, month));
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        var before = await app.CountAsync();

        var (status, summary) = await PostAsync(api, "/api/dataValueSets",
            $$"""{"dataValues":[{"dataElement":"{{Visits}}","orgUnit":"{{station}}","period":"{{month}}","deleted":true}]}""", "application/json");

        Assert.Equal((HttpStatusCode.OK, "SUCCESS", new ImportCount(0, 0, 1, 0)), (status, summary.Status, summary.ImportCount));
        Assert.Equal(before, await app.CountAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ADeletionOutsideTheCallersSubtreeIsRefusedAndDeletesNothingWhileOneInsideIt(string provider)
    {
        var app = apps[provider];
        var (own, other, month) = (app.Stations[4], app.Stations[5], Period.Month(DataYear, 6));
        var commune = own[..^"_TYT".Length];
        Assert.NotNull(await StoredAsync(app, other, month));
        Assert.NotNull(await StoredAsync(app, own, month));
        using var api = await app.Factory.CreateApiClientAsync(commune);
        var officer = ImportApp.Principal("officer.delete", AppRoles.Officer, commune);
        var before = await app.CountAsync();
        string Deletion(string unit) => $$"""{"dataElement":"{{Visits}}","orgUnit":"{{unit}}","period":"{{month}}","deleted":true}""";

        var (setStatus, summary) = await PostAsync(api, "/api/dataValueSets", $$"""{"dataValues":[{{Deletion(other)}}]}""", "application/json");
        using var single = await api.PostAsync("/api/dataValues", new StringContent(Deletion(other), Encoding.UTF8, "application/json"));
        var uploaded = await app.Imports.UploadAsync(officer, "xoá.csv", ImportFiles.Utf8($"data_element,org_unit,period,value,deleted\n{Visits},{other},{month},,true\n"));
        var (outcome, _) = await app.Imports.CommitAsync(officer, uploaded.Id);

        Assert.Equal(HttpStatusCode.Forbidden, setStatus);
        Assert.Equal(("orgUnit", other), (Assert.Single(summary.Conflicts).Property, summary.Conflicts[0].Object));
        Assert.Equal(HttpStatusCode.Forbidden, single.StatusCode);
        Assert.Equal((ImportStatus.Rejected, ImportCommitOutcome.Rejected), (uploaded.Status, outcome));
        Assert.Equal(before, await app.CountAsync());

        // Inside the key's subtree the single-value endpoint deletes as the set does.
        using var inside = await api.PostAsync("/api/dataValues", new StringContent(Deletion(own), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal(1, (await inside.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("deleted").GetInt32());
        Assert.Null(await StoredAsync(app, own, month));
    }

    private static async Task<(HttpStatusCode Status, ImportSummary Summary)> PostAsync(HttpClient api, string path, string body, string contentType)
    {
        using var response = await api.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, System.Text.Json.JsonSerializer.Deserialize<ImportSummary>(text, System.Text.Json.JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException(text));
    }

    private static async Task<double?> StoredAsync(ImportApp app, string station, Period period) =>
        (await new DataValueStore(app.Database).GetAsync(Visits, station, period))?.Value;

    private static async Task<(string Action, string? Old, string? New, string Via, string Actor)> LastAuditAsync(ImportApp app, string station, Period period)
    {
        await using var context = app.Database.Context();
        var key = $"{Visits}/{station}/{period}";
        var audit = await context.AuditLog.Where(a => a.EntityKey == key).OrderByDescending(a => a.Id).FirstAsync();
        return (audit.Action, audit.OldValue, audit.NewValue, audit.Via, audit.Actor);
    }

    private static (string, string?, string?, string) Pick((string Action, string? Old, string? New, string Via, string Actor) audit) =>
        (audit.Action, audit.Old, audit.New, audit.Via);

    /// <summary>Primary-care visits paid by insurance over all visits: its denominator is the sum of PC_VISITS.</summary>
    private static async Task<AggregateDto> AggregateAsync(HttpClient api, string unit, Period period) =>
        (await api.GetFromJsonAsync<AggregateDto>($"/api/aggregates?indicator=INS_PRIMARY&orgUnit={unit}&period={period}"))!;

    /// <summary>The aggregate once the live recompute has applied the write (it runs in the background), or as it is after 30 s.</summary>
    private static async Task<AggregateDto> WaitForAsync(HttpClient api, string unit, Period period, Func<AggregateDto, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var aggregate = await AggregateAsync(api, unit, period);
        while (!done(aggregate) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            aggregate = await AggregateAsync(api, unit, period);
        }

        return aggregate;
    }

    private static string Inv(double? value) => value!.Value.ToString("R", CultureInfo.InvariantCulture);
}
