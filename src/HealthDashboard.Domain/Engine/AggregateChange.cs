namespace HealthDashboard.Domain.Engine;

/// <summary>
/// What the hub sends and live pages receive when an aggregate changes: the indicator's value for one unit and
/// period in the new snapshot version. Status is the target status of the period's year (snake_case, as the API writes it).
/// </summary>
public sealed record AggregateChange(
    string Indicator,
    string OrgUnit,
    string Period,
    double? Value,
    double? Numerator,
    double? Denominator,
    string Status,
    long Version)
{
    /// <summary>Stands for "anything may have changed" after a full recompute that changed too much to list.</summary>
    public const string Everything = "*";

    public static AggregateChange EverythingChanged(long version) => new(Everything, Everything, "", null, null, null, "no_data", version);

    public bool Concerns(string orgUnitCode) =>
        OrgUnit == Everything || string.Equals(OrgUnit, orgUnitCode, StringComparison.OrdinalIgnoreCase);
}
