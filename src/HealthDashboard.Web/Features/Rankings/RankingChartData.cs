namespace HealthDashboard.Web.Features.Rankings;

/// <summary>What trends.js draws for a ranking: bars best first, each with its status and label in the reader's language.</summary>
public sealed record RankingChartData(
    string Id,
    bool Wall,
    string Separators,
    string UnitLabel,
    long Version,
    double? Target,
    string? TargetLabel,
    IReadOnlyList<RankingChartBar> Bars);

/// <summary>One child's bar; status is the engine's name (achieved, on_track, at_risk, off_track, no_data).</summary>
public sealed record RankingChartBar(string Code, string Name, double Value, string Label, string Status, string StatusName, bool Small);
