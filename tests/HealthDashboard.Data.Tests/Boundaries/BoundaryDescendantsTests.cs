using HealthDashboard.Data.Boundaries;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.Tests.Boundaries;

public sealed class BoundaryDescendantsTests
{
    private static readonly NewOrgUnit[] Units =
    [
        new("VN", null, OrgUnitKind.Country, "Việt Nam", "Viet Nam", false),
        new("LC", "VN", OrgUnitKind.Province, "Lai Châu", "Lai Chau", false),
        new("LC_A", "LC", OrgUnitKind.District, "Huyện A", "District A", true),
        new("LC_A_01", "LC_A", OrgUnitKind.Commune, "Xã A1", "Commune A1", true),
        new("LC_A_01_TYT", "LC_A_01", OrgUnitKind.HealthStation, "TYT A1", "Station A1", true),
        new("LC_B", "LC", OrgUnitKind.District, "Huyện B", "District B", true),
        new("LC_B_01", "LC_B", OrgUnitKind.Commune, "Xã B1", "Commune B1", true),
        new("LC_B_02", "LC_B", OrgUnitKind.Commune, "Xã B2", "Commune B2", true),
        new("AG", "VN", OrgUnitKind.Province, "An Giang", "An Giang", false),
        new("AG_C", "AG", OrgUnitKind.District, "Huyện C", "District C", true),
        new("AG_C_01", "AG_C", OrgUnitKind.Commune, "Xã C1", "Commune C1", true),
    ];

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task AProvincesCommunesComeThroughEveryDistrictAndNothingElse(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await new SchemaMigrator(db.Database).MigrateAsync();
        var ids = await new OrgUnitStore(db.Database).InsertAsync(Units);
        var store = new BoundaryStore(db.Database);
        // Every unit has a shape, the province and the station too: neither may come back as a commune.
        await store.SaveAsync(Units.Select(u => (ids[u.Code], $"{{\"type\":\"Polygon\",\"coordinates\":[],\"of\":\"{u.Code}\"}}", true)));

        var communes = await store.DescendantsAsync("LC", OrgUnitKind.Commune);
        var districts = await store.DescendantsAsync("LC", OrgUnitKind.District);
        var ofDistrict = await store.DescendantsAsync("LC_B", OrgUnitKind.Commune);

        Assert.Equal(["LC_A_01", "LC_B_01", "LC_B_02"], communes.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("\"of\":\"LC_B_02\"", communes["LC_B_02"], StringComparison.Ordinal);
        Assert.Equal(["LC_A", "LC_B"], districts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["LC_B_01", "LC_B_02"], ofDistrict.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await store.DescendantsAsync("NOPE", OrgUnitKind.Commune));
    }
}
