using HealthDashboard.Web.Features.Status;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>What charts.js needs to draw one tile's yearly trend (serialised to camelCase JSON for the JS module).</summary>
public sealed record SparklineData(string Id, int[] Years, double[] Values, double? Target, bool LastIsYearToDate, string Status)
{
    public static string ElementId(IndicatorTile tile) => "spark-" + tile.Indicator.Code;

    public static SparklineData From(IndicatorTile tile) => new(
        ElementId(tile),
        tile.Series.Select(p => p.Year).ToArray(),
        tile.Series.Select(p => p.Value).ToArray(),
        (tile.PlanStatus.Target ?? tile.Target)?.Value,
        tile.IsYearToDate,
        tile.Target is null ? "" : PlanStatusText.Css(tile.PlanStatus.Status));
}
