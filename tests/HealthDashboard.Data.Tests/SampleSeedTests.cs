using HealthDashboard.Data.Boundaries;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Seeding;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Tests;

public class SampleSeedTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task SampleHasThePlansProvincesStationsBoundariesAndPlausibleLevels(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var report = await new DatabaseSeeder(db.Database).EnsureReadyAsync(seedSample: true, new DateOnly(2026, 11, 23));
        var again = await new DatabaseSeeder(db.Database).EnsureReadyAsync(seedSample: true, new DateOnly(2026, 11, 23));
        var tree = await new OrgUnitStore(db.Database).TreeAsync();
        var catalog = await new CatalogStore(db.Database).LoadAsync();

        Assert.NotNull(report);
        Assert.Null(again);
        Assert.Equal(["AG", "BP", "KT", "LC"], tree.ChildrenOf(tree.Find("VN")!).Select(u => u.Code).Order());
        Assert.Equal(11, tree.ChildrenOf(tree.Find("AG")!).Count(u => u.Kind == OrgUnitKind.District));
        var communes = tree.All.Where(u => u.Kind == OrgUnitKind.Commune).ToList();
        Assert.All(communes, c => Assert.Single(tree.ChildrenOf(c), s => s.Kind == OrgUnitKind.HealthStation));
        Assert.Equal(communes.Count, report!.Communes);
        Assert.True(await new BoundaryStore(db.Database).CountAsync() >= communes.Count + 33 + 4);
        Assert.Equal(catalog.Targets.Count, catalog.Targets.Count(t => t.PlanCode == "D25-2030" ? t.OrgUnitCode is null : t.OrgUnitCode is not null));

        // An Giang's plan: insurance coverage 76.5 % at the end of 2017.
        var ag = tree.Find("AG")!;
        var values = await new DataValueStore(db.Database).SubtreeAsync(ag.Path, Period.Month(2017, 12), Period.Month(2017, 12));
        var coverage = IndicatorCalculator.Compute(catalog.Indicator("HI_COV")!, catalog.Elements.ToDictionary(e => e.Code), ag, values, Period.Month(2017, 12));
        Assert.InRange(coverage.Value!.Value, 75.0, 78.0);
        Assert.True(report.Values > 1_000_000);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task AnInterruptedSeedIsWipedAndDoneAgainOnTheNextStart(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        // What a seed killed part-way leaves: the marker says started, and only part of the tree is there.
        await new OrgUnitStore(db.Database).InsertAsync([
            new NewOrgUnit("VN", null, OrgUnitKind.Country, "Việt Nam", "Viet Nam", false),
            new NewOrgUnit("AG", "VN", OrgUnitKind.Province, "An Giang", "An Giang", false),
        ]);
        await new AppStateStore(db.Database).SetAsync(DatabaseSeeder.SeedStateKey, DatabaseSeeder.SeedStarted);

        var report = await new DatabaseSeeder(db.Database).EnsureReadyAsync(seedSample: true, new DateOnly(2026, 11, 23));

        Assert.NotNull(report);
        Assert.Equal(report.OrgUnits, await new OrgUnitStore(db.Database).CountAsync());
        Assert.Equal(report.Values, await new DataValueStore(db.Database).CountAsync());
        Assert.Equal("done", await new AppStateStore(db.Database).GetAsync(DatabaseSeeder.SeedStateKey));
        Assert.Null(await new DatabaseSeeder(db.Database).EnsureReadyAsync(seedSample: true, new DateOnly(2026, 11, 23)));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task SyntheticDataIsTheSameForTheSameSeed(string provider)
    {
        await using var first = await TestDatabase.CreateAsync(provider);
        await using var second = await TestDatabase.CreateAsync(provider);

        var exports = new List<string>();
        foreach (var db in new[] { first, second })
        {
            await new DatabaseSeeder(db.Database).EnsureReadyAsync(seedSample: false, new DateOnly(2026, 11, 23));
            await new AreaSeeder(db.Database).SeedAsync(SyntheticAreas.Build(20), Period.Month(2022, 1), Period.Month(2023, 12), seed: 7, today: new DateOnly(2026, 11, 23));
            var csv = new StringWriter();
            await new DataValueStore(db.Database).ExportCsvAsync(csv);
            exports.Add(csv.ToString());
        }

        Assert.True(exports[0].Length > 10_000);
        Assert.Equal(exports[0], exports[1]);
    }

    [Fact]
    public void SyntheticCountryHasExactlyTheCommunesAsked()
    {
        var areas = SyntheticAreas.Build(10_000);

        Assert.Equal(10_000, areas.Count(a => a.Kind == OrgUnitKind.Commune));
        Assert.Equal(areas.Count, areas.Select(a => a.Code).Distinct().Count());
    }
}
