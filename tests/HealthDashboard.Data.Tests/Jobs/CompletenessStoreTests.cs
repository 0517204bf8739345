using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Tests.Jobs;

public class CompletenessStoreTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task EachStationAndCommuneGetsOneRowPerMonthItExistedAndReportedMeansAnyMonthlyValue(string provider)
    {
        await using var data = await JobsTestData.CreateAsync(provider);
        await data.WriteAsync(
            data.Value("POP", "C1_TYT", "202401", 900), data.Value("PC_VISITS", "C1_TYT", "202401", 40),
            data.Value("POP", "C1_TYT", "202402", 901), data.Value("POP", "C1_TYT", "202403", 902),
            data.Value("POP", "C2_TYT", "202401", 500),
            // Quarterly and yearly values are not monthly reports; a value after the range is not counted.
            data.Value("U5_STUNTED", "C2_TYT", "2024Q1", 3), data.Value("POP", "C3", "202404", 700),
            data.Value("POP", "D_TTYT", "202402", 1));
        var store = new CompletenessStore(data.Db.Database);

        var first = await store.FirstReportedMonthAsync();
        var written = await store.RebuildAsync(first!.Value, Period.Month(2024, 3));

        Assert.Equal(Period.Month(2024, 1), first);
        // C1_TYT 3 months, C2_TYT 2 (closed end of February), C1 3, C2 3, C3 1 (opened in March); no district centre.
        Assert.Equal(12, written);
        Assert.Equal([("202401", true, 2L), ("202402", true, 1L), ("202403", true, 1L)], await RowsAsync(store, data.Units["C1_TYT"]));
        Assert.Equal([("202401", true, 1L), ("202402", false, 0L)], await RowsAsync(store, data.Units["C2_TYT"]));
        Assert.Equal([("202401", true, 2L), ("202402", true, 1L), ("202403", true, 1L)], await RowsAsync(store, data.Units["C1"]));
        Assert.Equal([("202401", true, 1L), ("202402", false, 0L), ("202403", false, 0L)], await RowsAsync(store, data.Units["C2"]));
        Assert.Equal([("202403", false, 0L)], await RowsAsync(store, data.Units["C3"]));
        Assert.Empty(await store.ForUnitAsync(data.Units["D_TTYT"]));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task RebuildingReplacesTheTableAndACommuneReportingItselfCounts(string provider)
    {
        await using var data = await JobsTestData.CreateAsync(provider);
        await data.WriteAsync(data.Value("POP", "C3", "202404", 700));
        var store = new CompletenessStore(data.Db.Database);

        await store.RebuildAsync(Period.Month(2023, 12), Period.Month(2024, 5));
        var again = await store.RebuildAsync(Period.Month(2024, 4), Period.Month(2024, 4));

        // Months 2024-04 only now: C1, C1_TYT, C2, C3 (C2_TYT closed in February).
        Assert.Equal(4, again);
        Assert.Equal([("202404", true, 1L)], await RowsAsync(store, data.Units["C3"]));
    }

    [Fact]
    public async Task ARangeEndingBeforeItStartsWritesNothing()
    {
        await using var data = await JobsTestData.CreateAsync(TestDatabase.Sqlite);
        var store = new CompletenessStore(data.Db.Database);

        Assert.Null(await store.FirstReportedMonthAsync());
        Assert.Equal(0, await store.RebuildAsync(Period.Month(2024, 5), Period.Month(2024, 4)));
    }

    private static async Task<List<(string, bool, long)>> RowsAsync(CompletenessStore store, long unit) =>
        (await store.ForUnitAsync(unit)).Select(r => (r.Period, r.Reported, r.ValueCount)).ToList();
}
