namespace HealthDashboard.Domain.Status;

/// <summary>The basis of a status as the API writes it: target_year, after_last_target, met_early, roadmap, no_roadmap.</summary>
public static class StatusBasisNames
{
    public static string? Of(StatusBasis basis) => basis switch
    {
        StatusBasis.TargetYear => "target_year",
        StatusBasis.AfterLastTarget => "after_last_target",
        StatusBasis.MetEarly => "met_early",
        StatusBasis.Roadmap => "roadmap",
        StatusBasis.NoRoadmap => "no_roadmap",
        _ => null,
    };
}
