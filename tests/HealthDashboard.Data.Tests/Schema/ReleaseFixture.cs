using Npgsql;

namespace HealthDashboard.Data.Tests.Schema;

/// <summary>
/// Loads a past release's database (tests/HealthDashboard.Web.Tests/Upgrade/Fixtures/&lt;release&gt;, made by that
/// release's own command line) into an empty test database.
/// </summary>
public static class ReleaseFixture
{
    public const string Release = "37d67a8";

    /// <summary>The fixture's folder: the database files, and in expected/ what that release exported of them.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "HealthDashboard.Web.Tests", "Upgrade", "Fixtures", Release);

    public static async Task LoadIntoAsync(TestDatabase target)
    {
        var fixtures = Folder;
        if (!target.Database.IsPostgres)
        {
            File.Copy(Path.Combine(fixtures, "sqlite.db"), target.SqliteFile!, overwrite: true);
            return;
        }

        // pg_dump --inserts is plain SQL; its set_config of search_path must not outlive this one unpooled connection.
        await using var restore = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.Database.ConnectionString) { Pooling = false }.ConnectionString);
        await restore.OpenAsync();
        await using var command = new NpgsqlCommand(await File.ReadAllTextAsync(Path.Combine(fixtures, "postgres.sql")), restore);
        await command.ExecuteNonQueryAsync();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HealthDashboard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No HealthDashboard.sln above {AppContext.BaseDirectory}.");
    }
}
