namespace HealthDashboard.Domain.Catalog;

/// <summary>What a data element's values may be; the entry form and imports validate against it.</summary>
public enum ElementValueType
{
    Integer = 1,
    Number = 2,
    Boolean = 3,
}
