using System.Data.Common;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealthDashboard.Data.Tests.DataValues;

/// <summary>The batch write path of the API, form and imports, on SQLite and on PostgreSQL.</summary>
public class DataValueBatchWriterTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ABatchIsStoredWithOneAuditRowPerValueTellingCreatedFromUpdated(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var (births, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);
        await writer.WriteAsync([Value(births, station, Period.Month(2024, 1), 10)], "first", "api", "node-a");

        var result = await writer.WriteAsync(
            [Value(births, station, Period.Month(2024, 1), 11, "sửa"), Value(births, station, Period.Month(2024, 2), 12)], "officer", "import", "node-a");

        Assert.Equal((1, 1, 0), (result.Created, result.Updated, result.Unchanged));
        var store = new DataValueStore(db.Database);
        var january = await store.GetAsync("LIVE_BIRTHS", "LC_PTH_01_TYT", Period.Month(2024, 1));
        Assert.Equal((11.0, "sửa", "officer"), (january!.Value, january.Comment, january.StoredBy));
        Assert.Equal(12.0, (await store.GetAsync("LIVE_BIRTHS", "LC_PTH_01_TYT", Period.Month(2024, 2)))!.Value);
        var audit = (await new AuditStore(db.Database).RecentAsync(10)).Reverse().ToList();
        Assert.Equal(3, audit.Count);
        Assert.Equal(("update", "LIVE_BIRTHS/LC_PTH_01_TYT/202401", "10", "11", "officer", "import"),
            (audit[1].Action, audit[1].EntityKey, audit[1].OldValue, audit[1].NewValue, audit[1].Actor, audit[1].Via));
        Assert.Equal(("create", "LIVE_BIRTHS/LC_PTH_01_TYT/202402", null, "12"), (audit[2].Action, audit[2].EntityKey, audit[2].OldValue, audit[2].NewValue));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task AValueEqualToTheStoredOneIsNeitherWrittenNorAuditedButACommentChangeIs(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var (births, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);
        await writer.WriteAsync([Value(births, station, Period.Month(2024, 1), 10, "ghi chú"), Value(births, station, Period.Month(2024, 2), 20)], "first", "import", "node-a");
        var before = await CountAsync(db);

        var again = await writer.WriteAsync([Value(births, station, Period.Month(2024, 1), 10, "ghi chú"), Value(births, station, Period.Month(2024, 2), 20)], "second", "import", "node-a");
        var afterAgain = await CountAsync(db);
        var commentOnly = await writer.WriteAsync([Value(births, station, Period.Month(2024, 1), 10, "sửa ghi chú"), Value(births, station, Period.Month(2024, 2), 20)], "third", "import", "node-a");

        Assert.Equal((0, 0, 2, 0), (again.Created, again.Updated, again.Unchanged, again.Changed.Count));
        Assert.Equal(before, afterAgain);
        Assert.Equal((0, 1, 1), (commentOnly.Created, commentOnly.Updated, commentOnly.Unchanged));
        Assert.Equal([new RawKey(births, station, Period.Month(2024, 1))], commentOnly.Changed);
        Assert.Equal((before.Values, before.Audit + 1), await CountAsync(db));
        Assert.Equal("first", (await new DataValueStore(db.Database).GetAsync("LIVE_BIRTHS", "LC_PTH_01_TYT", Period.Month(2024, 2)))!.StoredBy);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task APreviewTellsNewUpdatedAndUnchangedWithoutWriting(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var (births, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);
        await writer.WriteAsync([Value(births, station, Period.Month(2024, 1), 10), Value(births, station, Period.Month(2024, 2), 20)], "first", "import", "node-a");
        var before = await CountAsync(db);

        var preview = await writer.PreviewAsync(
            [Value(births, station, Period.Month(2024, 1), 10), Value(births, station, Period.Month(2024, 2), 21), Value(births, station, Period.Month(2024, 3), 30)]);

        Assert.Equal((1, 1, 1), (preview.New, preview.Updated, preview.Unchanged));
        Assert.Equal([BatchChangeKind.Unchanged, BatchChangeKind.Updated, BatchChangeKind.New], preview.Changes.Select(c => c.Kind));
        Assert.Equal(20.0, preview.Changes[1].Old!.Value);
        Assert.Equal(before, await CountAsync(db));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ABatchThatFailsPartWayWritesNothingAtAll(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var (births, station) = await IdsAsync(db);
        var writer = new DataValueBatchWriter(db.Database);

        // The second value names an element that does not exist: the database refuses it after the first is written.
        await Assert.ThrowsAnyAsync<DbException>(() => writer.WriteAsync(
            [Value(births, station, Period.Month(2024, 1), 10), Value(999_999, station, Period.Month(2024, 1), 1)], "officer", "api", "node-a"));

        Assert.Equal((0, 0), await CountAsync(db));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task TheSameKeyTwiceInOneBatchIsRefusedBeforeWriting(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var (births, station) = await IdsAsync(db);

        await Assert.ThrowsAsync<ArgumentException>(() => new DataValueBatchWriter(db.Database).WriteAsync(
            [Value(births, station, Period.Month(2024, 1), 10), Value(births, station, Period.Month(2024, 1), 11)], "officer", "api", "node-a"));

        Assert.Equal((0, 0), await CountAsync(db));
    }

    [Fact]
    public async Task OnPostgresOtherNodesAreNotifiedOfEveryKeyWhenTheWriteCommitsAndNeverForOneThatFails()
    {
        await using var db = await ReadyAsync(TestDatabase.Postgres);
        var (births, station) = await IdsAsync(db);
        await using var listener = new NpgsqlConnection(db.Database.ConnectionString);
        await listener.OpenAsync();
        var notices = new List<RawChangeNotice>();
        listener.Notification += (_, e) => notices.Add(RawChangeNotice.TryDecode(e.Payload, out var n) ? n : throw new InvalidOperationException(e.Payload));
        await using (var listen = new NpgsqlCommand($"LISTEN {RawChangeNotice.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        var writer = new DataValueBatchWriter(db.Database);
        // 400 months of one station: more than one payload holds, so the notices come in several parts.
        var values = Enumerable.Range(0, 400).Select(i => Value(births, station, Period.Month(2000 + i / 12, i % 12 + 1), 1)).ToList();
        await writer.WriteAsync(values, "importer", "import", "node-a");
        await Assert.ThrowsAnyAsync<DbException>(() => writer.WriteAsync([Value(999_999, station, Period.Month(2024, 1), 1)], "x", "api", "node-a"));
        while (await listener.WaitAsync(TimeSpan.FromSeconds(2)))
        {
            // Drains every notice that arrived; two quiet seconds end it.
        }

        Assert.True(notices.Count > 1, $"{notices.Count} notice(s)");
        Assert.All(notices, n => Assert.Equal("node-a", n.Origin));
        Assert.Equal(values.Select(v => new RawKey(v.ElementId, v.OrgUnitId, v.Period)).ToHashSet(), notices.SelectMany(n => n.Keys).ToHashSet());
        Assert.Equal(values.Count, notices.Sum(n => n.Keys.Count));
    }

    private static BatchValue Value(long element, long unit, Period period, double value, string? comment = null) =>
        new(element, unit, element == 999_999 ? "NOPE" : "LIVE_BIRTHS", "LC_PTH_01_TYT", period, value, comment);

    private static async Task<(long Births, long Station)> IdsAsync(TestDatabase db)
    {
        var catalog = await new CatalogStore(db.Database).LoadAsync();
        var tree = await new OrgUnitStore(db.Database).TreeAsync();
        return (catalog.Element("LIVE_BIRTHS")!.Id, tree.Find("LC_PTH_01_TYT")!.Id);
    }

    private static async Task<(long Values, long Audit)> CountAsync(TestDatabase db)
    {
        await using var context = db.Database.Context();
        return (await context.DataValues.LongCountAsync(), await context.AuditLog.LongCountAsync());
    }

    /// <summary>A migrated database with one station's tree and the catalog: the write tests' common start.</summary>
    internal static async Task<TestDatabase> ReadyAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        await new OrgUnitStore(db.Database).InsertAsync(
        [
            new("VN", null, OrgUnitKind.Country, "Việt Nam", "Viet Nam", false),
            new("LC", "VN", OrgUnitKind.Province, "Lai Châu", "Lai Chau", false),
            new("LC_PTH", "LC", OrgUnitKind.District, "Huyện Phong Thổ", "Phong Tho District", false),
            new("LC_PTH_01", "LC_PTH", OrgUnitKind.Commune, "Thị trấn Phong Thổ", "Township Phong Tho", false),
            new("LC_PTH_01_TYT", "LC_PTH_01", OrgUnitKind.HealthStation, "Trạm Y tế Phong Thổ", "Phong Tho health station", true),
        ]);
        await new CatalogStore(db.Database).SaveAsync(CatalogLoader.LoadEmbedded() with { Plans = [], Targets = [] });
        return db;
    }
}
