using System.Globalization;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Features.Map;

/// <summary>The map's URLs: state lives in the query string, so any view can be shared.</summary>
public static class MapLinks
{
    public const string Path = "/map";

    public static string Of(string indicator, string unit, MapLevel level, int year) =>
        $"{Path}?indicator={Uri.EscapeDataString(indicator)}&level={MapLevels.ToName(level)}&period={year.ToString(CultureInfo.InvariantCulture)}&unit={Uri.EscapeDataString(unit)}";

    /// <summary>Where a click on an area leads: a district opens the map of its communes, a commune its own page.</summary>
    public static string Drill(OrgUnit area, MapRequest request) =>
        MapLevels.DefaultFor(area.Kind) is { } below
            ? Of(request.Indicator.Code, area.Code, below, request.Year)
            : UnitRoutes.Overview(area.Code);
}
