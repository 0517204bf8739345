namespace HealthDashboard.Web.Jobs;

/// <summary>What is wrong with a cron expression an admin typed, if anything.</summary>
public enum CronProblem
{
    None = 0,
    Empty = 1,

    /// <summary>Not Quartz cron syntax; <see cref="CronValidation.Detail"/> has Quartz's own words.</summary>
    Syntax = 2,

    /// <summary>Valid, but no fire time is left (a year in the past, 30 February).</summary>
    NeverFires = 3,

    /// <summary>Fires more than once a minute: a full recompute every few seconds would keep the server busy.</summary>
    TooFrequent = 4,
}
