using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Data.Sample;

/// <summary>
/// When a sample station marked a month's report complete: most within the few days before the deadline, about one
/// in seven up to two weeks after it, in working hours in Vietnam (UTC+7 all year). A pure function of the seed, the
/// station and the month, so the generator (which sets REPORT_ON_TIME from it) and the bulk writer (which stamps
/// REPORT_DONE's time with it) agree without keeping a table of a million dates.
/// </summary>
public static class SampleReportTiming
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The sample follows the default deadline; a site that moves it keeps its sample's on-time flags.</summary>
    public const int DeadlineDay = ReportDeadline.DefaultDay;

    public static DateTimeOffset CompletedAt(int seed, long stationId, Period month)
    {
        var rng = SampleRandom.For(seed, $"{stationId}/{month}/done");
        var deadline = ReportDeadline.LastDayOf(month, DeadlineDay);
        var day = rng.Chance(0.86) ? deadline.AddDays(-rng.Between(0, 4)) : deadline.AddDays(rng.Between(1, 14));
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(rng.Between(7, 16), rng.Between(0, 59))), Vietnam);
    }

    /// <summary>The local day of the completion, which decides whether it was on time.</summary>
    public static DateOnly CompletedOn(int seed, long stationId, Period month) => DateOnly.FromDateTime(CompletedAt(seed, stationId, month).DateTime);
}
