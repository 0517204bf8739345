namespace HealthDashboard.Data.Db;

/// <summary>The "Database" configuration section: which engine and where. Both the app and the CLI default to the same file.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means the default SQLite file, shared by the web app and the CLI.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Seed the catalog and the sample data when the database has no org units yet.</summary>
    public bool SeedSampleData { get; set; } = true;

    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "HealthDashboard", "healthdashboard.db");

    public string EffectiveConnectionString =>
        !string.IsNullOrWhiteSpace(ConnectionString)
            ? ConnectionString
            : Provider == DatabaseProvider.Sqlite
                ? $"Data Source={DefaultSqlitePath}"
                : throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
}
