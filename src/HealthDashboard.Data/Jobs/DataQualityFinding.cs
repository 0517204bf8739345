using System.Globalization;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// One suspicious raw value and, when someone followed it up, how. Reference is the whole (pair rules, ratios) or the
/// median of the unit's series (outliers); Score the robust z-score of an outlier.
/// </summary>
public sealed record DataQualityFinding
{
    public long Id { get; init; }
    public string FindingKey { get; init; } = "";
    public string CheckCode { get; init; } = "";
    public string? RuleCode { get; init; }
    public long DataElementId { get; init; }
    public string ElementCode { get; init; } = "";
    public long? ReferenceElementId { get; init; }
    public string? ReferenceElementCode { get; init; }
    public long OrgUnitId { get; init; }
    public string UnitCode { get; init; } = "";
    public string Period { get; init; } = "";
    public double Value { get; init; }
    public double? Reference { get; init; }
    public double? Score { get; init; }
    public string? ResolvedBy { get; init; }
    public DateTime? ResolvedAt { get; init; }
    public string? Note { get; init; }

    public bool IsResolved => ResolvedBy is not null;

    /// <summary>
    /// What a follow-up is attached to: the check, the element, the unit, the period and the values found. A whole that
    /// changed is part of a pair's key (the finding is another one); an outlier's median is not (it moves as months
    /// are added, the value judged does not).
    /// </summary>
    public static string KeyOf(string checkCode, string? ruleCode, long elementId, long unitId, string period, double value, double? whole) =>
        string.Join('|', checkCode, ruleCode ?? "", elementId.ToString(CultureInfo.InvariantCulture), unitId.ToString(CultureInfo.InvariantCulture),
            period, value.ToString("R", CultureInfo.InvariantCulture), whole?.ToString("R", CultureInfo.InvariantCulture) ?? "");
}
