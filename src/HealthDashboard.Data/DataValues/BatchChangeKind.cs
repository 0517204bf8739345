namespace HealthDashboard.Data.DataValues;

public enum BatchChangeKind
{
    New,
    Updated,
    Unchanged,
}
