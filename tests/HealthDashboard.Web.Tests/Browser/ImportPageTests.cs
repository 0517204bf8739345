using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// /import in real Chromium, as a Long Xuyên officer uses it: the template, a file too big, a file with a row outside
/// their units and a bad row (previewed, not savable), the corrected file saved whole, the history, and the same file
/// again changing nothing.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class ImportPageTests(SeededAppFixture app)
{
    private const string Station = "AG_LXU_04_TYT";
    private const string OfficerPassword = "Long-xuyen-2026";

    private static readonly Period LastMonth = Period.MonthOf(DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime)).Previous();

    [Fact]
    public async Task AnOfficerPreviewsAFileWithRejectedRowsCannotSaveItThenSavesTheCorrectedFileOnceAndSeesItInTheHistory()
    {
        using var copy = await app.CopyAsync();
        var database = new Database(new DatabaseOptions { ConnectionString = copy.ConnectionString });
        await TestCredentials.CreateUserAsync(database, "can.bo.lxu", "Officer", "AG_LXU", OfficerPassword, "Cán bộ Long Xuyên");
        // One new value (DEATHS, removed here), one updated (PC_VISITS + 1), one unchanged (DELIVERIES as stored).
        await using (var context = database.Context())
        {
            Assert.Equal(1, await AtKey(context, "DEATHS").ExecuteDeleteAsync());
            Assert.Equal(1, await AtKey(context, "DELIVERIES").ExecuteUpdateAsync(s => s.SetProperty(v => v.Comment, (string?)null)));
        }

        var visits = await StoredAsync(database, "PC_VISITS");
        var deliveries = await StoredAsync(database, "DELIVERIES");
        var elsewhere = await OtherStationAsync(database);
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(2));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
        var officer = await browser.NewSignedInPageAsync(web.BaseAddress, "can.bo.lxu", OfficerPassword);
        officer.SetDefaultTimeout(60_000);

        await officer.ClickAsync("[data-testid=nav-import]");
        // The page is static: the interactive router hands it to a full page load (no Blazor script); before that ends, a
        // screenshot here showed it unstyled and the template link's click was lost.
        await officer.WaitForFunctionAsync("() => window.Blazor === undefined && document.readyState === 'complete'");
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Nhập số liệu từ tệp");
        await Assertions.Expect(officer.Locator("[data-testid=import-history-empty]")).ToBeVisibleAsync();
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "import-page.png");

        var download = await officer.RunAndWaitForDownloadAsync(() => officer.ClickAsync("[data-testid=import-template]"));
        Assert.Equal("mau-nhap-lieu.xlsx", download.SuggestedFilename);
        Assert.Equal(["data_element", "org_unit", "period", "value", "comment"], FirstSheetHeader(await download.PathAsync()));

        // 50 MB through the form: the page says how big it was and what the limit is.
        using (var big = new TempFile(".csv"))
        {
            await File.WriteAllBytesAsync(big.Path, new byte[50 * 1024 * 1024]);
            await officer.SetInputFilesAsync("[data-testid=import-file]", big.Path);
            await officer.ClickAsync("[data-testid=import-upload]");
            await Assertions.Expect(officer.Locator("[data-testid=import-problem]")).ToContainTextAsync("Tệp quá lớn (50 MB): tối đa 20 MB");
        }

        var month = LastMonth.ToString();
        var good = $"PC_VISITS,{Station},{month},{Inv(visits + 1)},Đã đối chiếu sổ khám bệnh\n" +
                   $"DEATHS,{Station},{month},2,\nDELIVERIES,{Station},{month},{Inv(deliveries)},\n";
        var bad = $"data_element,org_unit,period,value,comment\n{good}PC_VISITS,{elsewhere},{month},10,\nPC_VISITS,AG_LXU_03_TYT,{month},mười,\n";
        await UploadAsync(officer, "so-lieu-thang.csv", bad);
        await ExpectCountsAsync(officer, rows: 5, created: 1, updated: 1, unchanged: 1, rejected: 2);
        await Assertions.Expect(officer.Locator("[data-testid=import-commit]")).ToHaveCountAsync(0);
        await Assertions.Expect(officer.Locator("[data-testid=import-cannot-commit]")).ToContainTextAsync("không thể lưu");
        var rejections = officer.Locator("[data-testid=import-rejection]");
        await Assertions.Expect(rejections).ToHaveCountAsync(2);
        await Assertions.Expect(officer.Locator("[data-testid=import-rejection][data-line='5']")).ToContainTextAsync($"'{elsewhere}' (ngoài các đơn vị được giao)");
        await Assertions.Expect(officer.Locator("[data-testid=import-rejection][data-line='6']")).ToContainTextAsync("'mười' không phải là số");
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "import-rejected.png");
        var rejectedUrl = new Uri(officer.Url).PathAndQuery;

        await officer.GotoAsync("/culture?c=en-US&redirect=" + Uri.EscapeDataString(rejectedUrl));
        await Assertions.Expect(officer.Locator("[data-testid=import-rejection][data-line='6']")).ToContainTextAsync("'mười' is not a number");
        await Assertions.Expect(officer.Locator("[data-testid=import-cannot-commit]")).ToContainTextAsync("cannot be saved");
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "import-rejected-en.png");
        await officer.GotoAsync("/culture?c=en-US&redirect=/import");
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Import data from a file");
        await Assertions.Expect(officer.Locator("[data-testid=import-history-row]")).ToHaveCountAsync(1);
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "import-page-en.png");
        await officer.GotoAsync("/culture?c=vi-VN&redirect=/import");

        var corrected = "data_element,org_unit,period,value,comment\n" + good;
        await UploadAsync(officer, "so-lieu-thang-da-sua.csv", corrected);
        await ExpectCountsAsync(officer, rows: 3, created: 1, updated: 1, unchanged: 1, rejected: 0);
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "import-preview.png");
        Assert.Equal(visits, await StoredAsync(database, "PC_VISITS")); // a dry run writes nothing
        await officer.ClickAsync("[data-testid=import-commit]");
        await Assertions.Expect(officer.Locator("[data-testid=import-outcome]")).ToContainTextAsync("Đã lưu toàn bộ tệp");
        await Assertions.Expect(officer.Locator("[data-testid=import-commit]")).ToHaveCountAsync(0);
        Assert.Equal((visits + 1, 2.0, deliveries), (await StoredAsync(database, "PC_VISITS"), await StoredAsync(database, "DEATHS"), await StoredAsync(database, "DELIVERIES")));
        await using (var context = database.Context())
        {
            var key = $"%/{Station}/{month}";
            var audit = (await context.AuditLog.Where(a => EF.Functions.Like(a.EntityKey, key) && a.Via == "import").OrderBy(a => a.EntityKey)
                .Select(a => new { a.EntityKey, a.Actor, a.Via }).ToListAsync()).Select(a => (a.EntityKey, a.Actor, a.Via)).ToList();
            Assert.Equal([($"DEATHS/{Station}/{month}", "can.bo.lxu", "import"), ($"PC_VISITS/{Station}/{month}", "can.bo.lxu", "import")], audit);
        }

        await officer.ClickAsync("[data-testid=import-back]");
        var saved = officer.Locator("[data-testid=import-history-row][data-status=committed]");
        await Assertions.Expect(saved).ToHaveCountAsync(1);
        await Assertions.Expect(saved).ToContainTextAsync("so-lieu-thang-da-sua.csv");
        await Assertions.Expect(saved).ToContainTextAsync("can.bo.lxu");
        await Assertions.Expect(saved).ToContainTextAsync(DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        // Rows, new, updated, unchanged, deleted, rejected.
        Assert.Equal(["3", "1", "1", "1", "0", "0"], await saved.Locator("td.hd-num").AllInnerTextsAsync());
        await Assertions.Expect(officer.Locator("[data-testid=import-history-row][data-status=rejected] [data-testid=import-history-rejected]")).ToHaveTextAsync("2");
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "import-history.png");

        // The same file again: everything unchanged, and saving it would change nothing.
        await UploadAsync(officer, "so-lieu-thang-da-sua.csv", corrected);
        await ExpectCountsAsync(officer, rows: 3, created: 0, updated: 0, unchanged: 3, rejected: 0);
        await Assertions.Expect(officer.Locator("[data-testid=import-commit-form]")).ToContainTextAsync("không thay đổi gì");
        await Infrastructure.Browser.SaveScreenshotAsync(officer, "import-unchanged.png");
    }

    /// <summary>The station's value of <paramref name="element"/> last month.</summary>
    private static IQueryable<DataValueEntity> AtKey(DashboardDbContext context, string element)
    {
        var period = LastMonth.ToString();
        return context.DataValues.Where(v => v.Period == period
            && context.DataElements.Any(e => e.Id == v.DataElementId && e.Code == element)
            && context.OrgUnits.Any(u => u.Id == v.OrgUnitId && u.Code == Station));
    }

    private static async Task UploadAsync(IPage page, string name, string csv)
    {
        await page.SetInputFilesAsync("[data-testid=import-file]",
            new FilePayload { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid=import-upload]");
        await Assertions.Expect(page.Locator("[data-testid=import-file-name]")).ToHaveTextAsync(name);
    }

    private static async Task ExpectCountsAsync(IPage page, int rows, int created, int updated, int unchanged, int rejected)
    {
        foreach (var (kind, value) in new[] { ("rows", rows), ("new", created), ("updated", updated), ("unchanged", unchanged), ("rejected", rejected) })
        {
            await Assertions.Expect(page.Locator($"[data-testid=import-count-{kind}] .hd-import-count-value")).ToHaveTextAsync(Inv(value));
        }
    }

    private static IReadOnlyList<string> FirstSheetHeader(string path)
    {
        using var workbook = SpreadsheetDocument.Open(path, false);
        var part = workbook.WorkbookPart!;
        var first = part.Workbook.Sheets!.Elements<Sheet>().First();
        Assert.Equal("data", first.Name?.Value);
        var sheet = (WorksheetPart)part.GetPartById(first.Id!.Value!);
        var header = sheet.Worksheet.Descendants<Row>().First();
        return header.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList();
    }

    private static string Inv(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static async Task<double> StoredAsync(Database database, string element)
    {
        await using var context = database.Context();
        return await AtKey(context, element).Select(v => v.Value).FirstOrDefaultAsync();
    }

    private static async Task<string> OtherStationAsync(Database database)
    {
        await using var context = database.Context();
        return await context.Database.SqlQuery<string>(
            $"SELECT code AS \"Value\" FROM org_unit WHERE code LIKE '%\\_TYT' ESCAPE '\\' AND code NOT LIKE 'AG\\_LXU\\_%' ESCAPE '\\' ORDER BY code LIMIT 1").FirstOrDefaultAsync() ?? "";
    }

    private sealed class TempFile(string extension) : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hd-import-{Guid.NewGuid():N}{extension}");

        public void Dispose() => File.Delete(Path);
    }
}
