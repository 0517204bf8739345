using System.Globalization;
using System.Reflection;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Migrations;

/// <summary>
/// The migrations embedded in this assembly, one folder per engine, named <c>NNNN_name.sql</c>. Both folders must
/// hold the same versions, so a database moved from SQLite to PostgreSQL has the same schema history.
/// </summary>
public static class MigrationSource
{
    public static IReadOnlyList<Migration> For(DatabaseProvider provider)
    {
        var prefix = $"HealthDashboard.Data.Migrations.{provider}.";
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new Migration(int.Parse(file[..4], CultureInfo.InvariantCulture), file[5..], reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToList();
    }
}
