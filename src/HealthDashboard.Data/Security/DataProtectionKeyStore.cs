using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Security;

/// <summary>The data_protection_key table: the XML elements of ASP.NET Core's key ring, by name.</summary>
public sealed class DataProtectionKeyStore(Database database)
{
    public IReadOnlyList<string> All()
    {
        // Synchronous: the framework's key repository interface is synchronous, and reads it once per key-ring refresh.
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        return connection.Query<string>("SELECT xml FROM data_protection_key ORDER BY friendly_name").ToList();
    }

    public void Add(string friendlyName, string xml)
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        connection.Execute(
            "INSERT INTO data_protection_key (friendly_name, xml) VALUES (@friendlyName, @xml) ON CONFLICT (friendly_name) DO NOTHING",
            new { friendlyName, xml });
    }
}
