using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>
/// A real database (SQLite or PostgreSQL) holding the embedded catalog, a random tree and random raw values for
/// 2022 to September 2024, with what was written kept in memory for the reference.
/// </summary>
internal sealed class AggregateDatabase : IAsyncDisposable
{
    public const int FirstYear = 2022;
    public static readonly Period AsOf = Period.Month(2024, 9);

    private readonly TestDatabase _db;
    private readonly Random _random;

    private AggregateDatabase(TestDatabase db, Random random, IndicatorCatalog catalog, IReadOnlyList<OrgUnit> units)
    {
        _db = db;
        _random = random;
        Catalog = catalog;
        Units = units;
    }

    public Db.Database Database => _db.Database;
    public IndicatorCatalog Catalog { get; }
    public IReadOnlyList<OrgUnit> Units { get; }
    public List<RawValue> Values { get; private set; } = [];

    public static async Task<AggregateDatabase> CreateAsync(string provider, int seed, int provinces = 2, int minCommunes = 4, int maxCommunes = 8)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        var random = new Random(seed);
        await new OrgUnitStore(db.Database).InsertAsync(RandomUnits.Create(random, provinces, minCommunes, maxCommunes));
        await new CatalogStore(db.Database).SaveAsync(CatalogLoader.LoadEmbedded() with { Plans = [], Targets = [] });
        return new AggregateDatabase(db, random, await new CatalogStore(db.Database).LoadAsync(), await new OrgUnitStore(db.Database).AllAsync());
    }

    /// <summary>Writes random values for every element (or the given ones instead) with the bulk writer.</summary>
    public async Task WriteAsync(List<RawValue>? values = null)
    {
        Values = values ?? RandomValues.Create(_random, Catalog, Units, FirstYear, AsOf);
        Assert.Equal(Values.Count, await new BulkValueWriter(Database).WriteAsync(Values, "test"));
    }

    public OrgUnit Unit(string code) => Units.Single(u => u.Code == code);

    public DataElement Element(string code) => Catalog.Element(code)!;

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
