namespace HealthDashboard.Data.Sample;

/// <summary>What the generator needs to know of one commune health station: where it is and how its district fares.</summary>
public sealed record StationPlan(long StationId, string Code, SampleProfile Profile, double DistrictCoverageOffset, double DistrictMortalityFactor);
