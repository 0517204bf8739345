namespace HealthDashboard.Domain.Catalog;

/// <summary>Which way is better for an indicator.</summary>
public enum Direction
{
    Up = 1,
    Down = 2,
}
