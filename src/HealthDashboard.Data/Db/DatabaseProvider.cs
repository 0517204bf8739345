namespace HealthDashboard.Data.Db;

/// <summary>The two engines one SQL data layer serves: embedded SQLite (default) and PostgreSQL (shared, clustered).</summary>
public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}
