using HealthDashboard.Domain.Reporting;
using HealthDashboard.Web.Jobs;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>Today's reporting calendar as the app under test reads it: the default zone and deadline day.</summary>
internal static class ProvinceCalendar
{
    public static ReportingCalendar Now => new ReportingClock(TimeProvider.System, Options.Create(new JobsOptions())).Calendar;
}
