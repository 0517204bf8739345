namespace HealthDashboard.Data.Db;

/// <summary>What an exception says about the database itself, as opposed to the request that met it.</summary>
public enum DatabaseFailureKind
{
    /// <summary>Not a database outage: a bug or a bad request, answered as such.</summary>
    None,

    /// <summary>The database answers but refuses every write: a read-only file, a read-only server, no write rights, a full disk.</summary>
    CannotWrite,

    /// <summary>The database cannot be reached or read at all: stopped, restarting, missing, locked or failing on disk.</summary>
    CannotRead,
}
