namespace HealthDashboard.Data.DataValues;

public enum BatchChangeKind
{
    New,
    Updated,

    /// <summary>The same value again, or the deletion of a value that is not stored: nothing to write (DHIS2's "ignored").</summary>
    Unchanged,

    /// <summary>A stored value removed.</summary>
    Deleted,
}
