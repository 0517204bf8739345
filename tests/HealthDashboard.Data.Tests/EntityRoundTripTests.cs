using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Boundaries;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.DataValues;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Tests;

/// <summary>Every entity written and read back, on SQLite and on PostgreSQL.</summary>
public class EntityRoundTripTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task OrgUnitsRoundTripWithPathLevelKindAndValidity(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var store = new OrgUnitStore(db.Database);

        await store.InsertAsync(Units());
        var tree = await store.TreeAsync();

        var commune = tree.Find("LC_PTH_01")!;
        var district = tree.Find("LC_PTH")!;
        Assert.Equal(4, commune.Level);
        Assert.Equal(OrgUnitKind.Commune, commune.Kind);
        Assert.Equal("Thị trấn Phong Thổ", commune.NameVi);
        Assert.Equal(new DateOnly(2025, 6, 30), district.ValidTo);
        Assert.Equal(new DateOnly(2000, 1, 1), district.ValidFrom);
        Assert.True(commune.IsInSubtreeOf(district));
        Assert.Equal(["LC", "VN"], tree.AncestorsOf(district).Select(u => u.Code));
        Assert.Equal(OrgUnitKind.HealthStation, tree.ChildrenOf(commune).Single().Kind);
        Assert.True(tree.Find("LC_PTH_01_TYT")!.IsSample);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task CatalogRoundTripsAndSavingTwiceAddsNothing(string provider)
    {
        await using var db = await ReadyAsync(provider);
        await new OrgUnitStore(db.Database).InsertAsync(Units().Concat([
            new NewOrgUnit("AG", "VN", OrgUnitKind.Province, "An Giang", "An Giang", false),
            new NewOrgUnit("BP", "VN", OrgUnitKind.Province, "Bình Phước", "Binh Phuoc", false),
            new NewOrgUnit("KT", "VN", OrgUnitKind.Province, "Kon Tum", "Kon Tum", false),
        ]));
        var catalog = CatalogLoader.LoadEmbedded();
        var store = new CatalogStore(db.Database);

        await store.SaveAsync(catalog);
        await store.SaveAsync(catalog);
        var loaded = await store.LoadAsync();

        Assert.Equal(catalog.Elements, loaded.Elements.Select(e => e with { Id = 0 }));
        Assert.Equal(catalog.Plans, loaded.Plans.Select(p => p with { Id = 0 }));
        Assert.Equal(catalog.Targets, loaded.Targets.Select(t => t with { Id = 0 }));
        Assert.Equal(catalog.Indicators.Count, loaded.Indicators.Count);
        foreach (var (expected, actual) in catalog.Indicators.Zip(loaded.Indicators))
        {
            Assert.Equal(expected with { Numerator = [], Denominator = [] }, actual with { Id = 0, Numerator = [], Denominator = [] });
            Assert.Equal(expected.Numerator, actual.Numerator);
            Assert.Equal(expected.Denominator, actual.Denominator);
        }
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task DataValueSaveKeepsWhoAndWhenAndAuditsOldAndNewValue(string provider)
    {
        await using var db = await ReadyWithUnitsAndElementsAsync(provider);
        var store = new DataValueStore(db.Database);
        var value = new DataValue { ElementCode = "LIVE_BIRTHS", OrgUnitCode = "LC_PTH_01_TYT", Period = Period.Month(2024, 5), Value = 12, Comment = "tháng 5" };

        var first = await store.SaveAsync(value, "officer1", "form");
        var second = await store.SaveAsync(value with { Value = 13 }, "officer2", "api");
        var stored = await store.GetAsync("LIVE_BIRTHS", "LC_PTH_01_TYT", Period.Month(2024, 5));
        var audit = await new AuditStore(db.Database).RecentAsync(10);

        Assert.Null(first);
        Assert.Equal(12, second);
        Assert.Equal(13, stored!.Value);
        Assert.Equal("officer2", stored.StoredBy);
        Assert.Equal("tháng 5", stored.Comment);
        Assert.InRange(stored.UpdatedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(("update", "12", "13", "api", "officer2"), (audit[0].Action, audit[0].OldValue, audit[0].NewValue, audit[0].Via, audit[0].Actor));
        Assert.Equal(("create", null, "12"), (audit[1].Action, audit[1].OldValue, audit[1].NewValue));
        Assert.Equal("LIVE_BIRTHS/LC_PTH_01_TYT/202405", audit[0].EntityKey);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task SavingWithAnUnknownCodeWritesNothing(string provider)
    {
        await using var db = await ReadyWithUnitsAndElementsAsync(provider);
        var store = new DataValueStore(db.Database);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SaveAsync(new DataValue { ElementCode = "NOPE", OrgUnitCode = "LC_PTH_01_TYT", Period = Period.Month(2024, 5), Value = 1 }, "x", "api"));

        Assert.Equal(0, await store.CountAsync());
        Assert.Empty(await new AuditStore(db.Database).RecentAsync(10));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task BulkLoadedValuesExportAndReadBackBySubtree(string provider)
    {
        await using var db = await ReadyWithUnitsAndElementsAsync(provider);
        var births = (await new CatalogStore(db.Database).LoadAsync()).Element("LIVE_BIRTHS")!.Id;
        var station = (await new OrgUnitStore(db.Database).TreeAsync()).Find("LC_PTH_01_TYT")!.Id;
        var values = Enumerable.Range(1, 12).Select(m => new RawValue(births, station, Period.Month(2023, m), m * 1.5)).ToList();

        var written = await new BulkValueWriter(db.Database).WriteAsync(values, "test");
        var export = new StringWriter();
        await new DataValueStore(db.Database).ExportCsvAsync(export);
        var district = (await new OrgUnitStore(db.Database).TreeAsync()).Find("LC_PTH")!;
        var subtree = await new DataValueStore(db.Database).SubtreeAsync(district.Path, Period.Month(2023, 3), Period.Month(2023, 4));

        Assert.Equal(12, written);
        var lines = export.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("data_element,org_unit,period,value", lines[0]);
        Assert.Equal("LIVE_BIRTHS,LC_PTH_01_TYT,202301,1.5", lines[1]);
        Assert.Equal(13, lines.Count);
        Assert.Equal([4.5, 6.0], subtree.OrderBy(v => v.Period).Select(v => v.Value));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task BoundariesRoundTripByParent(string provider)
    {
        await using var db = await ReadyAsync(provider);
        var ids = await new OrgUnitStore(db.Database).InsertAsync(Units());
        var store = new BoundaryStore(db.Database);
        const string shape = "{\"type\":\"Polygon\",\"coordinates\":[[[103,22],[103.1,22],[103,22.1],[103,22]]]}";

        await store.SaveAsync([(ids["LC_PTH_01"], shape, true)]);
        await store.SaveAsync([(ids["LC_PTH_01"], shape.Replace("103.1", "103.2", StringComparison.Ordinal), true)]);

        var children = await store.ChildrenAsync("LC_PTH");
        Assert.Equal(["LC_PTH_01"], children.Keys);
        Assert.Contains("103.2", children["LC_PTH_01"], StringComparison.Ordinal);
        Assert.Equal(1, await store.CountAsync());
    }

    private static async Task<TestDatabase> ReadyAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        return db;
    }

    private static async Task<TestDatabase> ReadyWithUnitsAndElementsAsync(string provider)
    {
        var db = await ReadyAsync(provider);
        await new OrgUnitStore(db.Database).InsertAsync(Units());
        await new CatalogStore(db.Database).SaveAsync(CatalogLoader.LoadEmbedded() with { Plans = [], Targets = [] });
        return db;
    }

    private static IEnumerable<NewOrgUnit> Units() =>
    [
        new("VN", null, OrgUnitKind.Country, "Việt Nam", "Viet Nam", false),
        new("LC", "VN", OrgUnitKind.Province, "Lai Châu", "Lai Chau", false),
        new("LC_PTH", "LC", OrgUnitKind.District, "Huyện Phong Thổ", "Phong Tho District", false) { ValidTo = new DateOnly(2025, 6, 30) },
        new("LC_PTH_01", "LC_PTH", OrgUnitKind.Commune, "Thị trấn Phong Thổ", "Township Phong Tho", false),
        new("LC_PTH_01_TYT", "LC_PTH_01", OrgUnitKind.HealthStation, "Trạm Y tế Phong Thổ", "Phong Tho health station", true),
    ];
}
