using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using HealthDashboard.Data.Imports;
using HealthDashboard.Domain.Text;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Features.Import;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>Each format imports, commits, exports and imports back unchanged; one bad row stops a whole large file. On both engines.</summary>
public sealed class ImportRoundTripTests(ImportAppsFixture apps) : IClassFixture<ImportAppsFixture>
{
    public static readonly TheoryData<string, string> ProvidersAndFormats = new()
    {
        { "sqlite", "csv" }, { "sqlite", "xlsx" }, { "sqlite", "dhis2-json" }, { "sqlite", "dhis2-csv" },
        { "postgres", "csv" }, { "postgres", "xlsx" }, { "postgres", "dhis2-json" }, { "postgres", "dhis2-csv" },
    };

    [Theory]
    [MemberData(nameof(ProvidersAndFormats))]
    public async Task EachFormatRoundTripsAndImportingItAgainChangesNothing(string provider, string format)
    {
        var app = apps[provider];
        var skip = Array.IndexOf(["csv", "xlsx", "dhis2-json", "dhis2-csv"], format) * 100;
        var keys = app.Keys(40, seed: 3, skip: skip);
        // A comment a spreadsheet would run as a formula, and Vietnamese text: both must come back as written.
        var file = ImportFiles.Make(format, keys, i => i switch { 0 => "=1+2 công thức", 1 => "-5 liều, đã kiểm tra", 2 => "Đã đối chiếu sổ", _ => null });
        var before = await app.CountAsync();

        var uploaded = await app.Imports.UploadAsync(ImportApp.Admin, "tệp." + format, file);
        var (outcome, _) = await app.Imports.CommitAsync(ImportApp.Admin, uploaded.Id);
        var again = await app.Imports.UploadAsync(ImportApp.Admin, "lại." + format, file);
        var afterFirst = await app.CountAsync();
        var (againOutcome, _) = await app.Imports.CommitAsync(ImportApp.Admin, again.Id);

        Assert.Equal((ImportStatus.Ready, 40, 40, 0, 0), (uploaded.Status, uploaded.RowCount, uploaded.NewCount, uploaded.UpdatedCount, uploaded.RejectedCount));
        Assert.Equal(ImportCommitOutcome.Committed, outcome);
        Assert.Equal((before.Values + 40, before.Audit + 40), (afterFirst.Values, afterFirst.Audit));
        Assert.Equal((0, 0, 40), (again.NewCount, again.UpdatedCount, again.UnchangedCount));
        Assert.Equal(ImportCommitOutcome.Committed, againOutcome);
        Assert.Equal(afterFirst, await app.CountAsync());
        var history = (await app.Imports.HistoryAsync(ImportApp.Admin)).First(b => b.Id == uploaded.Id);
        Assert.Equal((ImportStatus.Committed, "admin", 40), (history.Status, history.CommittedBy, history.NewCount));

        // Export → import: what the API exports of these units and periods imports back as nothing to change.
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        var query = "/api/dataValueSets?orgUnit=SYN&children=true&" + string.Join("&", keys.Select(k => k.Period).Distinct().Select(p => "period=" + p));
        var json = await api.GetByteArrayAsync(query);
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, query);
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var csvResponse = await api.SendAsync(csvRequest);
        var csv = await csvResponse.Content.ReadAsByteArrayAsync();
        foreach (var exported in new[] { json, csv })
        {
            var back = await app.Imports.UploadAsync(ImportApp.Admin, "export", exported);
            Assert.Equal((ImportStatus.Ready, 0, 0, 0), (back.Status, back.NewCount, back.UpdatedCount, back.RejectedCount));
            Assert.True(back.UnchangedCount >= 40, $"{back.UnchangedCount} unchanged");
        }

        var cells = CsvParser.Read(new StringReader(System.Text.Encoding.UTF8.GetString(csv))).SelectMany(r => r.Fields).ToList();
        Assert.Contains("'=1+2 công thức", cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@');
        Assert.Equal(afterFirst, await app.CountAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task OneBadRowAmongTenThousandChangesNothingOnCommitAndIsReportedWithItsLine(string provider)
    {
        var app = apps[provider];
        var keys = app.Keys(10_000, seed: 5, skip: 20_000).ToList();
        keys[6_789] = keys[6_789] with { Period = "2023-13" };
        var file = ImportFiles.Make("csv", keys);
        var before = await app.CountAsync();

        var uploaded = await app.Imports.UploadAsync(ImportApp.Admin, "mười nghìn.csv", file);
        var (outcome, _) = await app.Imports.CommitAsync(ImportApp.Admin, uploaded.Id);
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        using var response = await api.PostAsync("/api/dataValueSets", new ByteArrayContent(file) { Headers = { ContentType = new("text/csv") } });
        var summary = await response.Content.ReadFromJsonAsync<ImportSummary>();

        var rejection = Assert.Single(ImportRejections.FromJson((await app.Imports.FindAsync(ImportApp.Admin, uploaded.Id))!.Rejections));
        Assert.Equal((ImportStatus.Rejected, 10_000, 9_999, 1), (uploaded.Status, uploaded.RowCount, uploaded.NewCount, uploaded.RejectedCount));
        Assert.Equal((6_789 + 2, "period"), (rejection.Line, rejection.Field));
        Assert.Contains("2023-13", rejection.MessageEn);
        Assert.Equal(ImportCommitOutcome.Rejected, outcome);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("ERROR", 0, 6_789 + 2, "2023-13"), (summary!.Status, summary.ImportCount.Imported, Assert.Single(summary.Conflicts).Line, summary.Conflicts[0].Object));
        Assert.Equal(before, await app.CountAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AnOfficerImportsOnlyInsideTheirUnitsAndEveryRowOutsideIsNamed(string provider)
    {
        var app = apps[provider];
        var own = app.Stations[0];
        var commune = own[..^"_TYT".Length];
        var other = app.Stations[1];
        var officer = ImportApp.Principal("officer.import", Data.Security.AppRoles.Officer, commune);
        var file = ImportFiles.Utf8($"data_element,org_unit,period,value\n{app.Elements[0]},{own},201501,5\n{app.Elements[0]},{other},201501,6\n");
        var before = await app.CountAsync();

        var uploaded = await app.Imports.UploadAsync(officer, "đơn vị.csv", file);
        var (outcome, _) = await app.Imports.CommitAsync(officer, uploaded.Id);

        var rejection = Assert.Single(ImportRejections.FromJson((await app.Imports.FindAsync(officer, uploaded.Id))!.Rejections));
        Assert.Equal((3, "orgUnit"), (rejection.Line, rejection.Field));
        Assert.Contains(other, rejection.Message);
        Assert.Equal(ImportCommitOutcome.Rejected, outcome);
        Assert.Null(await app.Imports.FindAsync(ImportApp.Principal("someone.else", Data.Security.AppRoles.Officer, commune), uploaded.Id));
        Assert.Equal(before, await app.CountAsync());
    }
}
