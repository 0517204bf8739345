namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// One class of the map: its key ("achieved", "on_track", "at_risk", "off_track", "not_achieved", "no_target", "q0"…"q3", "no_data"),
/// colour and how many areas are in it. For quantile classes, <see cref="Low"/> (exclusive) and <see cref="High"/>
/// (inclusive) bound the values; null means open.
/// </summary>
public sealed record MapLegendEntry(string Key, string Colour, int Count, double? Low = null, double? High = null)
{
    public const string NoDataKey = "no_data";
    public const string NoTargetKey = "no_target";

    public bool IsNoData => Key == NoDataKey;
}
