namespace HealthDashboard.Web.Features.Map;

/// <summary>How a map is coloured: the legend's classes in order, and each area's class (an index into them).</summary>
public sealed record MapScheme(MapColouring Colouring, IReadOnlyList<MapLegendEntry> Entries, IReadOnlyList<int> AreaClasses)
{
    public MapLegendEntry EntryOf(int area) => Entries[AreaClasses[area]];
}
