namespace HealthDashboard.Web.Features.Charts;

/// <summary>
/// A page whose first render draws a chart: App.razor starts plotly.js and names the chart's files in the page's head
/// (<see cref="ChartPreloads"/>), so they load while the circuit starts. Not walls: their first slide may have no
/// chart, and a preload left unused for seconds is only a warning.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ChartPageAttribute : Attribute
{
    /// <summary>The page draws a map: its base map and click module are named too.</summary>
    public bool Map { get; init; }
}
