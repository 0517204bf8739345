using HealthDashboard.Domain.Catalog;
using HealthDashboard.Web.Caching;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Catalog;

/// <summary>The indicator catalog (elements, indicators, plans, targets), read once the database is ready and shared.</summary>
public sealed class CatalogCache
{
    private readonly SharedLoad<IndicatorCatalog> _catalog;

    public CatalogCache(DataStores stores, DataReadiness readiness) =>
        // Waits for readiness: seeding saves the catalog without its plans and targets first.
        _catalog = new SharedLoad<IndicatorCatalog>(async cancellationToken =>
        {
            await readiness.WhenReady;
            return await stores.Catalog.LoadAsync(cancellationToken);
        });

    public Task<IndicatorCatalog> CatalogAsync(CancellationToken cancellationToken = default) => _catalog.GetAsync(cancellationToken);

    public void Invalidate() => _catalog.Invalidate();
}
