using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Tests.Jobs;

/// <summary>
/// A migrated database with a small tree (two communes with a station each, and a commune opened in March 2024 with
/// none) and the catalog's elements, plus a way to add raw values by code.
/// </summary>
public sealed class JobsTestData : IAsyncDisposable
{
    private JobsTestData(TestDatabase db, IReadOnlyDictionary<string, long> units, IndicatorCatalog catalog)
    {
        Db = db;
        Units = units;
        Catalog = catalog;
    }

    public TestDatabase Db { get; }

    public IReadOnlyDictionary<string, long> Units { get; }

    public IndicatorCatalog Catalog { get; }

    public static async Task<JobsTestData> CreateAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        var units = await new OrgUnitStore(db.Database).InsertAsync(
        [
            new("VN", null, OrgUnitKind.Country, "Việt Nam", "Viet Nam", false),
            new("P", "VN", OrgUnitKind.Province, "Tỉnh P", "Province P", false),
            new("D", "P", OrgUnitKind.District, "Huyện D", "District D", false),
            new("D_TTYT", "D", OrgUnitKind.DistrictHealthCentre, "TTYT D", "DHC D", false),
            new("C1", "D", OrgUnitKind.Commune, "Xã 1", "Commune 1", false),
            new("C1_TYT", "C1", OrgUnitKind.HealthStation, "Trạm 1", "Station 1", false),
            new("C2", "D", OrgUnitKind.Commune, "Xã 2", "Commune 2", false),
            new("C2_TYT", "C2", OrgUnitKind.HealthStation, "Trạm 2", "Station 2", false) { ValidTo = new DateOnly(2024, 2, 29) },
            new("C3", "D", OrgUnitKind.Commune, "Xã 3", "Commune 3", false) { ValidFrom = new DateOnly(2024, 3, 1) },
        ]);
        await new CatalogStore(db.Database).SaveAsync(CatalogLoader.LoadEmbedded() with { Plans = [], Targets = [] });
        var catalog = await new CatalogStore(db.Database).LoadAsync();
        return new JobsTestData(db, units, catalog);
    }

    public long ElementId(string code) => Catalog.Element(code)?.Id ?? throw new ArgumentException($"No element {code}.", nameof(code));

    public RawValue Value(string element, string unit, string period, double value) =>
        new(ElementId(element), Units[unit], Period.Parse(period), value);

    /// <summary>Plain inserts: a handful of rows, written the simplest way, independent of the bulk loader.</summary>
    public async Task WriteAsync(params RawValue[] values)
    {
        await using var context = Db.Database.Context();
        await using var transaction = await context.Database.BeginTransactionAsync();
        foreach (var v in values)
        {
            string period = v.Period.ToString();
            var at = DateTime.UtcNow;
            await context.Database.ExecuteSqlAsync(
                $"INSERT INTO data_value (data_element_id, org_unit_id, period, value, stored_by, updated_at) VALUES ({v.ElementId}, {v.OrgUnitId}, {period}, {v.Value}, 'test', {at})");
        }

        await transaction.CommitAsync();
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
