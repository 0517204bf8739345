using HealthDashboard.Domain.Geo;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.Sample;

/// <summary>
/// Sample polygons for the sample or synthetic areas: each province tiled by its districts and each district by
/// its communes, stored per unit as a one-feature GeoJSON FeatureCollection marked <c>sample: true</c>.
/// Real boundaries replace them later through the same table.
/// </summary>
public static class SampleBoundaries
{
    public static IReadOnlyList<(long OrgUnitId, string GeoJson, bool IsSample)> For(IReadOnlyList<SampleUnit> areas,
        IReadOnlyDictionary<string, long> ids, int seed)
    {
        var units = areas
            .Where(a => a.Kind is OrgUnitKind.Country or OrgUnitKind.Province or OrgUnitKind.District or OrgUnitKind.Commune)
            .Select(a => new BoundaryUnit(a.Code, a.ParentCode, a.Lon is { } lon && a.Lat is { } lat ? new GeoPoint(lon, lat) : null))
            .ToList();
        var names = areas.ToDictionary(a => a.Code, a => a.NameVi);
        return SampleBoundaryGenerator.Generate(units, seed)
            .Select(p => (ids[p.Key], GeoJsonWriter.ToJson([p], code => names.GetValueOrDefault(code)), true))
            .ToList();
    }
}
