using HealthDashboard.Data.Audit;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealthDashboard.Data.Tests.DataValues;

/// <summary>Deletions through the one batch write path (DHIS2's deleted, an emptied form field), on SQLite and on PostgreSQL.</summary>
public class DataValueDeletionTests
{
    private static readonly Period January = Period.Month(2024, 1);
    private static readonly Period February = Period.Month(2024, 2);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ADeletionRemovesTheValueAndItsAuditRowKeepsTheOldValueWithNoNewOne(string provider)
    {
        await using var db = await DataValueBatchWriterTests.ReadyAsync(provider);
        var (births, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);
        await writer.WriteAsync([Value(births, station, January, 10), Value(births, station, February, 20)], "first", "import", "node-a");

        var result = await writer.WriteAsync([Deletion(births, station, January), Value(births, station, February, 21)], "officer", "form", "node-a");

        Assert.Equal((0, 1, 0, 1), (result.Created, result.Updated, result.Unchanged, result.Deleted));
        Assert.Equal([new RawKey(births, station, January), new RawKey(births, station, February)], result.Changed);
        var store = new DataValueStore(db.Database);
        Assert.Null(await store.GetAsync("LIVE_BIRTHS", "LC_PTH_01_TYT", January));
        Assert.Equal(21.0, (await store.GetAsync("LIVE_BIRTHS", "LC_PTH_01_TYT", February))!.Value);
        var audit = (await new AuditStore(db.Database).RecentAsync(2)).Reverse().ToList();
        Assert.Equal(("delete", "LIVE_BIRTHS/LC_PTH_01_TYT/202401", "10", null, "officer", "form"),
            (audit[0].Action, audit[0].EntityKey, audit[0].OldValue, audit[0].NewValue, audit[0].Actor, audit[0].Via));
        Assert.Equal(("update", "20", "21"), (audit[1].Action, audit[1].OldValue, audit[1].NewValue));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task DeletingAValueThatIsNotStoredIsIgnoredNotAnErrorAndNotAudited(string provider)
    {
        await using var db = await DataValueBatchWriterTests.ReadyAsync(provider);
        var (births, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);
        var preview = await writer.PreviewAsync([Deletion(births, station, January)]);

        var result = await writer.WriteAsync([Deletion(births, station, January)], "officer", "api", "node-a");

        Assert.Equal((0, 1), (preview.Deleted, preview.Unchanged));
        Assert.Equal((0, 0, 1, 0), (result.Created, result.Updated, result.Unchanged, result.Deleted));
        Assert.Empty(result.Changed);
        Assert.Equal((0, 0), await CountAsync(db));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ADeletionFromAFormWhoseValueChangedMeanwhileDeletesNothingAndNamesTheChange(string provider)
    {
        await using var db = await DataValueBatchWriterTests.ReadyAsync(provider);
        var (births, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);
        await writer.WriteAsync([Value(births, station, January, 10)], "an", "form", "node-a");
        await writer.WriteAsync([Value(births, station, January, 12)], "an", "form", "node-a");

        // Bình saw 10 and emptied the field; An had stored 12 meanwhile.
        var result = await writer.WriteAsync([Deletion(births, station, January)], "binh", "form", "node-a", expected: [new(births, station, January, 10)]);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal((10.0, 12.0, "an"), (conflict.Expected, conflict.Current, conflict.StoredBy));
        Assert.Equal(0, result.Deleted);
        Assert.Equal(12.0, (await new DataValueStore(db.Database).GetAsync("LIVE_BIRTHS", "LC_PTH_01_TYT", January))!.Value);
        Assert.Equal((1, 2), await CountAsync(db));
    }

    [Fact]
    public async Task OnPostgresOtherNodesAreNotifiedOfADeletedKey()
    {
        await using var db = await DataValueBatchWriterTests.ReadyAsync(TestDatabase.Postgres);
        var (births, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);
        await writer.WriteAsync([Value(births, station, January, 10)], "an", "api", "node-a");
        await using var listener = new NpgsqlConnection(db.Database.ConnectionString);
        await listener.OpenAsync();
        var notices = new List<RawChangeNotice>();
        listener.Notification += (_, e) => notices.Add(RawChangeNotice.TryDecode(e.Payload, out var n) ? n : throw new InvalidOperationException(e.Payload));
        await using (var listen = new NpgsqlCommand($"LISTEN {RawChangeNotice.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        await writer.WriteAsync([Deletion(births, station, January)], "an", "api", "node-b");
        while (await listener.WaitAsync(TimeSpan.FromSeconds(2)))
        {
            // Drains every notice that arrived; two quiet seconds end it.
        }

        var notice = Assert.Single(notices);
        Assert.Equal(("node-b", new RawKey(births, station, January)), (notice.Origin, Assert.Single(notice.Keys)));
    }

    private static BatchValue Value(long element, long unit, Period period, double value) => new(element, unit, "LIVE_BIRTHS", "LC_PTH_01_TYT", period, value);

    private static BatchValue Deletion(long element, long unit, Period period) => Value(element, unit, period, 0) with { Deleted = true };

    private static async Task<(long Births, long Station)> IdsAsync(TestDatabase db)
    {
        await using var context = db.Database.Context();
        return (await context.DataElements.Where(e => e.Code == "LIVE_BIRTHS").Select(e => e.Id).SingleAsync(),
            await context.OrgUnits.Where(u => u.Code == "LC_PTH_01_TYT").Select(u => u.Id).SingleAsync());
    }

    private static async Task<(long Values, long Audit)> CountAsync(TestDatabase db)
    {
        await using var context = db.Database.Context();
        return (await context.DataValues.LongCountAsync(), await context.AuditLog.LongCountAsync());
    }
}
