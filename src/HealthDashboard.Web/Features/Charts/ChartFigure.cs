using Plotly.Blazor;

namespace HealthDashboard.Web.Features.Charts;

/// <summary>
/// One drawing of a chart: its traces and layout, and the snapshot version it shows (tests and screenshots wait for
/// it). A live update hands the same chart a new figure, which Plotly.react applies to the plot already there.
/// </summary>
public sealed record ChartFigure(IList<ITrace> Data, Layout Layout, long Version);
