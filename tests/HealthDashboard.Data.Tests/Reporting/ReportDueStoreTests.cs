using HealthDashboard.Data.Reporting;
using HealthDashboard.Data.Tests.Jobs;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Tests.Reporting;

public class ReportDueStoreTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task MissingListsEveryStationMonthItWasOpenWithoutAReportDue(string provider)
    {
        await using var data = await JobsTestData.CreateAsync(provider);
        await data.WriteAsync(
            data.Value("POP", "C1_TYT", "202401", 900),
            data.Value("REPORT_DUE", "C1_TYT", "202402", 1),
            // Another element's value is not a report due; a commune is not a station.
            data.Value("REPORT_DONE", "C2_TYT", "202401", 1), data.Value("POP", "C3", "202404", 700));
        var store = new ReportDueStore(data.Db.Database);

        var first = await store.FirstMonthWithDataAsync();
        var missing = await store.MissingAsync(data.ElementId("REPORT_DUE"), first!.Value, Period.Month(2024, 4), 100);

        Assert.Equal(Period.Month(2024, 1), first);
        // C1_TYT owes January, March and April (February is there); C2_TYT closed at the end of February.
        Assert.Equal([("C1_TYT", "202401"), ("C1_TYT", "202403"), ("C1_TYT", "202404"), ("C2_TYT", "202401"), ("C2_TYT", "202402")],
            missing.Select(k => (k.UnitCode, k.Period)).ToList());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task APageHoldsAtMostTheLimitInAStableOrder(string provider)
    {
        await using var data = await JobsTestData.CreateAsync(provider);
        var store = new ReportDueStore(data.Db.Database);
        var due = data.ElementId("REPORT_DUE");

        var page = await store.MissingAsync(due, Period.Month(2023, 1), Period.Month(2023, 12), 5);
        await data.WriteAsync(page.Select(k => data.Value("REPORT_DUE", k.UnitCode, k.Period, 1)).ToArray());
        var next = await store.MissingAsync(due, Period.Month(2023, 1), Period.Month(2023, 12), 100);

        Assert.Equal(["202301", "202302", "202303", "202304", "202305"], page.Select(k => k.Period).ToList());
        Assert.All(page, k => Assert.Equal("C1_TYT", k.UnitCode));
        Assert.Equal(24 - 5, next.Count);
        Assert.DoesNotContain(next, k => page.Contains(k));
    }

    [Fact]
    public async Task NoDataOwesNothingAndARangeEndingBeforeItStartsIsEmpty()
    {
        await using var data = await JobsTestData.CreateAsync(TestDatabase.Sqlite);
        var store = new ReportDueStore(data.Db.Database);

        Assert.Null(await store.FirstMonthWithDataAsync());
        Assert.Empty(await store.MissingAsync(data.ElementId("REPORT_DUE"), Period.Month(2024, 5), Period.Month(2024, 4), 10));
    }
}
