namespace HealthDashboard.Web.Jobs;

/// <summary>What is wrong with a cron expression an admin typed, if anything.</summary>
public enum CronProblem
{
    None = 0,
    Empty = 1,

    /// <summary>Not cron syntax of six fields; <see cref="CronValidation.Detail"/> has the parser's own words.</summary>
    Syntax = 2,

    /// <summary>Valid, but no fire time is left (30 February).</summary>
    NeverFires = 3,

    /// <summary>Fires more than once a minute: a full recompute every few seconds would keep the server busy.</summary>
    TooFrequent = 4,

    /// <summary>
    /// Day-of-week numbers, which Quartz (which wrote the schedules so far: 1 = Sunday) and Cronos (which runs them now:
    /// 1 = Monday) read differently: the days must be named.
    /// </summary>
    WeekdayNumbers = 5,

    /// <summary>A day of the month and a day of the week together: Quartz refused it, Cronos would run on either.</summary>
    DayOfMonthAndWeek = 6,
}
