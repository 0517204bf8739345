using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Data.Imports;
using HealthDashboard.Web.Features.Import;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>
/// Imports are held to the report form's checks, through the /import page's service and through POST /api/dataValueSets,
/// on both engines: the part ≤ whole rules against the file's own values and the stored ones of the same station and
/// month, and outliers against the station's history as warnings that reach the data-quality findings at commit.
/// </summary>
public sealed class ImportQualityRulesTests(ImportAppsFixture apps) : IClassFixture<ImportAppsFixture>
{
    private const string Header = "data_element,org_unit,period,value,comment\n";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AVisitCountBelowTheStoredInsuredVisitsIsARejectedRowNamingBothValues(string provider)
    {
        var app = apps[provider];
        var station = app.Stations[1];
        var stored = await app.Imports.UploadAsync(ImportApp.Admin, "insured.csv", Csv($"PC_VISITS_INS,{station},201306,382\n"));
        Assert.Equal(ImportCommitOutcome.Committed, (await app.Imports.CommitAsync(ImportApp.Admin, stored.Id)).Outcome);
        var before = await app.CountAsync();
        var file = Csv($"PC_VISITS,{station},201305,200\nPC_VISITS,{station},201306,180\n");

        var batch = await app.Imports.UploadAsync(ImportApp.Admin, "visits.csv", file);
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        using var response = await api.PostAsync("/api/dataValueSets", new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });
        var body = await response.Content.ReadAsStringAsync();

        var rejection = Assert.Single(ImportRejections.FromJson((await app.Imports.FindAsync(ImportApp.Admin, batch.Id))!.Rejections));
        Assert.Equal((ImportStatus.Rejected, 3, "value"), (batch.Status, rejection.Line, rejection.Field));
        Assert.Contains("PC_VISITS 180 < stored PC_VISITS_INS 382", rejection.MessageEn, StringComparison.Ordinal);
        Assert.Contains("PC_VISITS 180 < PC_VISITS_INS 382 đã lưu", rejection.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PC_VISITS 180 < stored PC_VISITS_INS 382", body, StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task APartAboveItsWholeInTheSameFileIsARejectedRowNamingBothValues(string provider)
    {
        var app = apps[provider];
        var station = app.Stations[2];
        var before = await app.CountAsync();
        var file = Csv($"PC_VISITS,{station},201307,40\nPC_VISITS_INS,{station},201307,50\nPC_VISITS_INS,{station},201308,10\n");

        var batch = await app.Imports.UploadAsync(ImportApp.Admin, "both.csv", file);
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        using var response = await api.PostAsync("/api/dataValueSets", new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });
        var body = await response.Content.ReadAsStringAsync();

        var rejection = Assert.Single(ImportRejections.FromJson((await app.Imports.FindAsync(ImportApp.Admin, batch.Id))!.Rejections));
        Assert.Equal((ImportStatus.Rejected, 3, 2), (batch.Status, rejection.Line, batch.NewCount));
        Assert.Contains("PC_VISITS_INS 50 > PC_VISITS 40 (value 0)", rejection.MessageEn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PC_VISITS_INS 50 > PC_VISITS 40", body, StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AnOutlierIsAWarningInThePreviewAndTheApiSummaryAndIsAQualityFindingRightAfterCommit(string provider)
    {
        var app = apps[provider];
        var station = app.Stations[3];
        var history = await app.Imports.UploadAsync(ImportApp.Admin, "history.csv",
            Csv(string.Concat(Enumerable.Range(0, 24).Select(m => $"PC_VISITS,{station},{2013 + m / 12}{m % 12 + 1:00},{100 + m}\n"))));
        Assert.Equal((ImportStatus.Ready, "[]"), (history.Status, history.Warnings));
        Assert.Equal(ImportCommitOutcome.Committed, (await app.Imports.CommitAsync(ImportApp.Admin, history.Id)).Outcome);
        var file = Csv($"PC_VISITS,{station},201501,108\nPC_VISITS,{station},201502,5000\n");

        var batch = await app.Imports.UploadAsync(ImportApp.Admin, "outlier.csv", file);
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        using var response = await api.PostAsync("/api/dataValueSets?dryRun=true", new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });
        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var findings = new DataQualityFollowUpStore(app.Database);
        var before = await findings.QueryAsync(new DataQualityQuery { CheckCode = DataQualityCheck.Outlier, Limit = 500 });
        var (outcome, _) = await app.Imports.CommitAsync(ImportApp.Admin, batch.Id);
        var after = await findings.QueryAsync(new DataQualityQuery { CheckCode = DataQualityCheck.Outlier, Limit = 500 });

        var warning = Assert.Single(ImportRejections.FromJson(batch.Warnings));
        Assert.Equal((ImportStatus.Ready, 3, "value"), (batch.Status, warning.Line, warning.Field));
        Assert.Contains($"PC_VISITS 5000 is far from {station}'s other months", warning.MessageEn, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "WARNING"), (response.StatusCode, summary.RootElement.GetProperty("status").GetString()));
        var conflict = Assert.Single(summary.RootElement.GetProperty("conflicts").EnumerateArray());
        Assert.Contains("PC_VISITS 5000 is far from", conflict.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, conflict.GetProperty("indexes")[0].GetInt32());
        Assert.Equal(ImportCommitOutcome.Committed, outcome);
        Assert.DoesNotContain(before.Rows, f => f.UnitCode == station && f.Period == "201502");
        var finding = Assert.Single(after.Rows, f => f.UnitCode == station && f.ElementCode == "PC_VISITS" && f.Period.StartsWith("2015", StringComparison.Ordinal));
        Assert.Equal(("201502", 5000.0), (finding.Period, finding.Value));
    }

    private static byte[] Csv(string rows) => Encoding.UTF8.GetBytes(Header + rows);
}
