using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Tests.DataValues;

/// <summary>A write that carries what its writer saw (the report form) never overwrites a change the writer did not see.</summary>
public class ExpectedValueWriteTests
{
    private static readonly Period January = Period.Month(2024, 1);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task AWriteWhoseExpectationNoLongerHoldsWritesNothingAndNamesTheChange(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var (births, deaths, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);
        await writer.WriteAsync([Value(births, "LIVE_BIRTHS", station, 10)], "an", "form", "node-a");

        // Bình read 10 births and no deaths; meanwhile An stored 12 births.
        await writer.WriteAsync([Value(births, "LIVE_BIRTHS", station, 12)], "an", "form", "node-a");
        var result = await writer.WriteAsync([Value(births, "LIVE_BIRTHS", station, 15), Value(deaths, "DEATHS", station, 1)], "binh", "form", "node-a",
            expected: [new(births, station, January, 10), new(deaths, station, January, null)]);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal((births, 10.0, 12.0, "an"), (conflict.ElementId, conflict.Expected, conflict.Current, conflict.StoredBy));
        Assert.Equal((0, 0), (result.Created, result.Updated));
        Assert.Equal([("LIVE_BIRTHS", 12.0)], await StoredAsync(db));
        Assert.Equal(2, await AuditCountAsync(db));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task OfTwoWritersWhoSawTheSameReportOnlyOneWinsAndTheOtherIsTold(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var (births, _, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);

        // Both opened the report while January had no value, and both save at once: the one who comes second must not
        // silently replace the first, even though neither value existed when they began (no row to lock).
        for (var round = 0; round < 10; round++)
        {
            var month = Period.Month(2023, round + 1);
            var results = await Task.WhenAll(
                Task.Run(() => writer.WriteAsync([new BatchValue(births, station, "LIVE_BIRTHS", "LC_PTH_01_TYT", month, 7)], "an", "form", "node-a",
                    expected: [new(births, station, month, null)])),
                Task.Run(() => writer.WriteAsync([new BatchValue(births, station, "LIVE_BIRTHS", "LC_PTH_01_TYT", month, 9)], "binh", "form", "node-a",
                    expected: [new(births, station, month, null)])));

            Assert.Equal(1, results.Count(r => r.Conflicts.Count == 0 && r.Created == 1));
            Assert.Equal(1, results.Count(r => r.Conflicts.Count == 1));
        }

        Assert.Equal(10, await AuditCountAsync(db));
    }

    private static BatchValue Value(long element, string code, long unit, double value) => new(element, unit, code, "LC_PTH_01_TYT", January, value);

    private static async Task<(long Births, long Deaths, long Station)> IdsAsync(TestDatabase db)
    {
        await using var context = db.Database.Context();
        return (await context.DataElements.Where(e => e.Code == "LIVE_BIRTHS").Select(e => e.Id).SingleAsync(),
            await context.DataElements.Where(e => e.Code == "DEATHS").Select(e => e.Id).SingleAsync(),
            await context.OrgUnits.Where(u => u.Code == "LC_PTH_01_TYT").Select(u => u.Id).SingleAsync());
    }

    private static async Task<List<(string, double)>> StoredAsync(TestDatabase db)
    {
        await using var context = db.Database.Context();
        var rows = await context.DataValues.Join(context.DataElements, v => v.DataElementId, e => e.Id, (v, e) => new { e.Code, v.Value })
            .OrderBy(r => r.Code).ToListAsync();
        return rows.Select(r => (r.Code, r.Value)).ToList();
    }

    private static async Task<long> AuditCountAsync(TestDatabase db)
    {
        await using var context = db.Database.Context();
        return await context.AuditLog.LongCountAsync();
    }

    private static Task<TestDatabase> ReadyAsync(string provider) => DataValueBatchWriterTests.ReadyAsync(provider);
}
