using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HealthDashboard.Data.Imports;
using HealthDashboard.Web.Features.Import;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>
/// Imports are held to the report form's part ≤ whole rules, against the file's own values and the stored ones of the
/// same station and month, through the /import page's service and through POST /api/dataValueSets, on both engines.
/// </summary>
public sealed class ImportPairRuleTests(ImportAppsFixture apps) : IClassFixture<ImportAppsFixture>
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

    private static byte[] Csv(string rows) => Encoding.UTF8.GetBytes(Header + rows);
}
