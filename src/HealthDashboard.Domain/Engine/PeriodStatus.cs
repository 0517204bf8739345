using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// The status the API and the hub give one period's value. A plan's targets are yearly: a year is judged against them;
/// a month or a quarter is "not_judged" (its value is not what a yearly target is set for, and its year's status next
/// to it would read as its own). A period without a value is "no_data", whatever its year's status.
/// </summary>
public static class PeriodStatus
{
    public const string NotJudged = "not_judged";

    public static (string Name, StatusAssessment Assessment) Of(AggregateSnapshot snapshot, Indicator indicator, int unit, Period period, IndicatorResult result)
    {
        if (!result.HasValue)
        {
            return (TargetStatusNames.Of(TargetStatus.NoData), StatusAssessment.NoData);
        }

        if (period.Type != PeriodType.Year)
        {
            return (NotJudged, StatusAssessment.NoData);
        }

        var status = snapshot.Status(indicator, unit, period.Year);
        return (TargetStatusNames.Of(status.Status), status);
    }
}
