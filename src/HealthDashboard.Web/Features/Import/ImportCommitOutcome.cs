namespace HealthDashboard.Web.Features.Import;

/// <summary>What asking to commit an uploaded file came to.</summary>
public enum ImportCommitOutcome
{
    Committed,
    NotFound,
    AlreadyCommitted,

    /// <summary>The file has rejected rows: nothing is written.</summary>
    Rejected,

    /// <summary>The check at commit time found problems the dry run did not (the catalog, units or data changed meanwhile).</summary>
    ChangedSinceDryRun,

    /// <summary>The database could not take the write; nothing was written and the file can be committed again.</summary>
    DatabaseBusy,
}
