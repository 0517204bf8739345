namespace HealthDashboard.Web.Features.Trends;

/// <summary>What trends.js draws: lines and the roadmap with their labels already in the reader's language.</summary>
public sealed record TrendChartData(
    string Id,
    bool Wall,
    string Separators,
    string TickFormat,
    bool YearTicks,
    string UnitLabel,
    long Version,
    TrendChartLabels Labels,
    IReadOnlyList<TrendChartLine> Lines,
    IReadOnlyList<TrendChartSegment> Path);

public sealed record TrendChartLabels(string Peers, string Roadmap);

/// <summary>One unit's line; role is "unit", "parent" or "peer".</summary>
public sealed record TrendChartLine(string Code, string Name, string Role, IReadOnlyList<string> X, IReadOnlyList<double> Y, IReadOnlyList<string> Text);

/// <summary>One leg of the roadmap: from its baseline to its target (or the target alone).</summary>
public sealed record TrendChartSegment(IReadOnlyList<string> X, IReadOnlyList<double> Y, IReadOnlyList<string> Text);
