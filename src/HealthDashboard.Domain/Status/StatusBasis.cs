namespace HealthDashboard.Domain.Status;

/// <summary>What a status was judged on, so that it can say so (a status without its basis can be misread).</summary>
public enum StatusBasis
{
    /// <summary>Nothing: no value, or no target.</summary>
    None = 0,

    /// <summary>The year is the target's year: the target itself decides, achieved or not achieved.</summary>
    TargetYear = 1,

    /// <summary>The plan's last target year has passed: the latest value against the last target.</summary>
    AfterLastTarget = 2,

    /// <summary>Before the target's year, the value already meets it.</summary>
    MetEarly = 3,

    /// <summary>Before the target's year: compared with the roadmap's value for the year.</summary>
    Roadmap = 4,

    /// <summary>Before the target's year, with no baseline to draw a roadmap from: an unmet target is at risk.</summary>
    NoRoadmap = 5,
}
