using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Jobs;

/// <summary>A finding as the rebuild writes it.</summary>
internal sealed record FindingRow(string FindingKey, string CheckCode, string? RuleCode, long DataElementId, long? ReferenceElementId,
    long OrgUnitId, string Period, string PeriodMonth, double Value, double? Reference, double? Score, DateTime FoundAt)
{
    public static FindingRow Of(string check, string? rule, long elementId, long? referenceElementId, long unitId, string period,
        double value, double? reference, double? score, DateTime at)
    {
        // Only a pair's whole is part of the key: an outlier's median moves as months are added.
        var whole = referenceElementId is null ? null : reference;
        var month = Domain.Periods.Period.TryParse(period, out var parsed) ? Domain.Periods.Period.MonthOf(parsed.Start).ToString() : period;
        return new FindingRow(DataQualityFinding.KeyOf(check, rule, elementId, unitId, period, value, whole), check, rule, elementId,
            referenceElementId, unitId, period, month, value, reference, score, at);
    }

    public DataQualityFindingEntity ToEntity() => new()
    {
        FindingKey = FindingKey, CheckCode = CheckCode, RuleCode = RuleCode, DataElementId = DataElementId, ReferenceElementId = ReferenceElementId,
        OrgUnitId = OrgUnitId, Period = Period, PeriodMonth = PeriodMonth, Value = Value, Reference = Reference, Score = Score, FoundAt = FoundAt,
    };
}
