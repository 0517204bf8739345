using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Data.Tests.Catalog;

/// <summary>Saving a changed catalog updates rows in place by code; a target naming no known plan is refused whole.</summary>
public class CatalogStoreTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ARenamedElementKeepsItsIdAndANewOneIsAdded(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        var store = new CatalogStore(db.Database);
        var catalog = CatalogLoader.LoadEmbedded() with { Plans = [], Targets = [] };
        await store.SaveAsync(catalog);
        var before = (await store.LoadAsync()).Elements;
        var renamed = catalog.Elements[0] with { NameEn = "Renamed", Range = new ValueRange(0, 5) };
        var added = catalog.Elements[0] with { Code = "ZZ_NEW", NameEn = "New" };

        await store.SaveAsync(catalog with { Elements = [renamed, .. catalog.Elements.Skip(1), added] });
        var after = (await store.LoadAsync()).Elements;

        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(renamed with { Id = before[0].Id }, after[0]);
        Assert.Equal(before.Skip(1), after.Skip(1).Take(before.Count - 1));
        Assert.Equal(("ZZ_NEW", "New"), (after[^1].Code, after[^1].NameEn));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ATargetOfAnUnknownPlanIsRefusedWithNothingWritten(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        var store = new CatalogStore(db.Database);
        var catalog = CatalogLoader.LoadEmbedded();
        var stray = catalog.Targets[0] with { PlanCode = "NO_SUCH_PLAN" };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(catalog with { Targets = [.. catalog.Targets, stray] }));
        var stored = await store.LoadAsync();

        Assert.Contains("NO_SUCH_PLAN", refused.Message);
        Assert.Empty(stored.Elements);
        Assert.Empty(stored.Plans);
    }
}
