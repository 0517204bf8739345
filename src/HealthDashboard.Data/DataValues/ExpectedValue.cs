using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// What a writer saw when it opened a form: the value of a key then (null when there was none). A write that carries
/// expectations happens only if every key still holds what was seen, so nobody overwrites a change they never saw.
/// </summary>
public sealed record ExpectedValue(long ElementId, long OrgUnitId, Period Period, double? Value);
