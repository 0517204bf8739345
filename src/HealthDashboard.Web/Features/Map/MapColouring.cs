namespace HealthDashboard.Web.Features.Map;

/// <summary>What the colours of a map mean.</summary>
public enum MapColouring
{
    /// <summary>The engine's target status of each area (some plan sets a target for the areas).</summary>
    Status = 1,

    /// <summary>Quantiles of the values, for indicators no plan sets a target for here.</summary>
    Quantiles = 2,

    /// <summary>Fixed bands of a reporting rate (≤ 80 %, up to 99,9 %, 100 %).</summary>
    Bands = 3,
}
