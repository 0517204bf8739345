using HealthDashboard.Data.Imports;
using HealthDashboard.Data.Schema;

namespace HealthDashboard.Data.Tests.Imports;

/// <summary>The import history's table on both engines: the file's bytes kept whole, and a batch committed only once.</summary>
public class ImportStoreTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ABatchKeepsItsBytesAndIsCommittedOnlyOnce(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        var store = new ImportStore(db.Database);
        byte[] content = [0xEF, 0xBB, 0xBF, (byte)'a', 0, 255];
        await store.CreateAsync(new ImportBatch
        {
            Id = "b1", FileName = "báo cáo.csv", Format = "csv", SizeBytes = content.Length, Content = content, UploadedBy = "officer",
            UploadedAt = DateTime.UtcNow, Status = ImportStatus.Ready, RowCount = 3, NewCount = 2, UnchangedCount = 1,
            Rejections = "[]",
        });

        var first = await store.MarkCommittedAsync("b1", 2, 0, 1, 1, "officer");
        var second = await store.MarkCommittedAsync("b1", 0, 0, 3, 0, "officer");

        var stored = await store.GetAsync("b1");
        Assert.Equal((true, false), (first, second));
        Assert.Equal(content, stored!.Content);
        Assert.Equal(("báo cáo.csv", ImportStatus.Committed, 2, 1, 1, "officer"),
            (stored.FileName, stored.Status, stored.NewCount, stored.UnchangedCount, stored.DeletedCount, stored.CommittedBy));
        Assert.Equal(DateTimeKind.Utc, stored.CommittedAt!.Value.Kind);
        Assert.Null((await store.ListAsync(10)).Single().Content);
        Assert.Empty(await store.ListAsync(10, "someone else"));
    }
}
