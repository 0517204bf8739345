namespace HealthDashboard.Web.Jobs;

/// <summary>The result of checking a cron expression: the problem (or none) and the detail of a syntax error or an ambiguity.</summary>
public sealed record CronValidation(CronProblem Problem, string? Detail = null)
{
    public static readonly CronValidation Valid = new(CronProblem.None);

    public bool IsValid => Problem == CronProblem.None;
}
