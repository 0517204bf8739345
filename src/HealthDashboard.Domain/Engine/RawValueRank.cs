using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Engine;

/// <summary>How late in its year a raw period ends (month m → m, quarter q → 3q, year → 12): the latest one wins for a stock.</summary>
public static class RawValueRank
{
    public static byte Of(Period period) => (byte)(period.Type switch
    {
        PeriodType.Month => period.Index,
        PeriodType.Quarter => period.Index * 3,
        _ => 12,
    });
}
