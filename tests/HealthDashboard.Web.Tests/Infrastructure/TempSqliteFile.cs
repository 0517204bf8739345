using Microsoft.Data.Sqlite;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>A SQLite database file in a folder of its own under the temp directory, deleted with the folder.</summary>
public sealed class TempSqliteFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hd-web-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public TempSqliteFile()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "dashboard.db");
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold the file for a moment; the temp folder is cleaned by the system.
        }
    }
}
