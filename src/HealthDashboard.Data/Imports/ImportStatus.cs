namespace HealthDashboard.Data.Imports;

/// <summary>The states of an <see cref="ImportBatch"/>, as stored.</summary>
public static class ImportStatus
{
    /// <summary>The dry run found nothing wrong: it may be committed.</summary>
    public const string Ready = "ready";

    /// <summary>Some rows (or the whole file) were rejected: nothing can be committed until the file is fixed and sent again.</summary>
    public const string Rejected = "rejected";

    public const string Committed = "committed";
}
