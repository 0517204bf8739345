using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>The project's embedded catalog with element ids 1…n, as the database would number them.</summary>
internal static class EngineCatalog
{
    public static IndicatorCatalog Embedded { get; } = WithIds(CatalogLoader.LoadEmbedded());

    public static IndicatorCatalog WithIds(IndicatorCatalog catalog) =>
        catalog with { Elements = catalog.Elements.Select((e, i) => e with { Id = i + 1 }).ToList() };

    public static IReadOnlyDictionary<string, DataElement> ElementsByCode(IndicatorCatalog catalog) =>
        catalog.Elements.ToDictionary(e => e.Code);
}
