using HealthDashboard.Data.Db;
using HealthDashboard.Data.Seeding;

namespace HealthDashboard.Cli.Commands;

/// <summary>What the provisioning commands share: a migrated database and the unit codes to check a scope against.</summary>
internal static class ProvisioningDatabase
{
    public static async Task<Database> OpenAsync(Arguments.CommandLine line, CancellationToken cancellationToken)
    {
        var database = new Database(line.Database());
        // Migrated but not seeded: provisioning an empty production database must not fill it with sample data.
        await CliSeeder.For(database, line).EnsureReadyAsync(seedSample: false, DateOnly.FromDateTime(DateTime.Today), cancellationToken);
        return database;
    }

    /// <summary>The unit's code as stored, or a usage error naming the bad code.</summary>
    public static async Task<string> UnitCodeAsync(Database database, string code, CancellationToken cancellationToken)
    {
        var tree = await new Data.OrgUnits.OrgUnitStore(database).TreeAsync(cancellationToken);
        return tree.Find(code.Trim())?.Code ?? throw new Arguments.UsageException($"no org unit has the code '{code}'");
    }
}
