using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;

namespace HealthDashboard.Web.Storage;

/// <summary>
/// The data layer's stores, built on first use rather than injected: a misconfigured database (say PostgreSQL without
/// a connection string) then surfaces as the "could not be prepared" state on every page and API call, instead of
/// failing to construct every page and endpoint that might one day read data.
/// </summary>
public sealed class DataStores(IServiceProvider services)
{
    public Database Database => services.GetRequiredService<Database>();

    public OrgUnitStore OrgUnits => services.GetRequiredService<OrgUnitStore>();

    public CatalogStore Catalog => services.GetRequiredService<CatalogStore>();

    public DataValueStore DataValues => services.GetRequiredService<DataValueStore>();
}
