using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Map;

/// <summary>Everything a map shows for one request, read from one snapshot version.</summary>
public sealed record MapFigures(MapRequest Request, IReadOnlyList<MapArea> Areas, MapScheme Scheme, long Version, DateTimeOffset ComputedAt)
{
    private readonly HashSet<string> _codes = Areas.Select(a => a.Unit.Code).Append(Request.Unit.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>For a year whose reports are not all due, the last month its figures count (the last whose are); otherwise null.</summary>
    public Period? Through { get; init; }

    /// <summary>The geometry a map of this unit and level needs (values change, shapes do not).</summary>
    public string GeometryKey => MapGeometryCache.KeyOf(Request.Unit.Code, Request.Level);

    /// <summary>
    /// Whether a pushed change may alter what this map shows: its indicator (or everything) for one of its areas or
    /// its unit (or everything). Other years are not filtered out: one change list covers every period of a save.
    /// </summary>
    public bool IsTouchedBy(AggregateChange change) =>
        (change.Indicator == AggregateChange.Everything || string.Equals(change.Indicator, Request.Indicator.Code, StringComparison.OrdinalIgnoreCase))
        && (change.OrgUnit == AggregateChange.Everything || _codes.Contains(change.OrgUnit));
}
