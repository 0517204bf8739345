namespace HealthDashboard.Web.Features.Map;

/// <summary>Everything a map shows for one request, read from one snapshot version.</summary>
public sealed record MapFigures(MapRequest Request, IReadOnlyList<MapArea> Areas, MapScheme Scheme, long Version, DateTimeOffset ComputedAt)
{
    /// <summary>The geometry a map of this unit and level needs (values change, shapes do not).</summary>
    public string GeometryKey => MapGeometryCache.KeyOf(Request.Unit.Code, Request.Level);
}
