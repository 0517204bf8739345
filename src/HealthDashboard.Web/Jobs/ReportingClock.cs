using HealthDashboard.Domain.Reporting;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// Today in the province's zone (<see cref="JobsOptions.TimeZone"/>), where months begin and end and reports fall
/// due (<see cref="JobsOptions.ReportingDeadlineDay"/>): the one place pages, services and jobs ask for either.
/// </summary>
public sealed class ReportingClock(TimeProvider clock, IOptions<JobsOptions> options)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.FindZone()).DateTime);

    public ReportingCalendar Calendar => new(Today, options.Value.ReportingDeadlineDay);
}
