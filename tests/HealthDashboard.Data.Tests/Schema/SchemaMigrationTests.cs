using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Tests.Schema;

public sealed class SchemaMigrationTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task AnEmptyDatabaseGetsEveryMigrationAndASecondRunChangesNothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var migrator = new SchemaMigrator(db.Database);

        await migrator.MigrateAsync();
        var schema = await SchemaDescription.ReadAsync(db.Database);
        await migrator.MigrateAsync();

        Assert.Equal(AllMigrations(db.Database), await migrator.AppliedMigrationsAsync());
        Assert.Equal(schema, await SchemaDescription.ReadAsync(db.Database));
        Assert.Contains(schema, line => line.StartsWith("data_value.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task MigratorsStartingTogetherEachLeaveTheSameCompleteSchema(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new SchemaMigrator(db.Database).MigrateAsync())));

        Assert.Equal(AllMigrations(db.Database), await new SchemaMigrator(db.Database).AppliedMigrationsAsync());
        await using var context = db.Database.Context();
        Assert.Equal(0, await context.OrgUnits.CountAsync());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task APastReleasesDatabaseIsAdoptedAndEndsWithTheSchemaOfANewOne(string provider)
    {
        await using var fresh = await TestDatabase.CreateAsync(provider);
        await using var past = await TestDatabase.CreateAsync(provider);
        await ReleaseFixture.LoadIntoAsync(past);

        await new SchemaMigrator(fresh.Database).MigrateAsync();
        await new SchemaMigrator(past.Database).MigrateAsync();

        Assert.Equal(AllMigrations(past.Database), await new SchemaMigrator(past.Database).AppliedMigrationsAsync());
        // schema_version is the hand-written runner's record, which adopted databases keep.
        var pastSchema = (await SchemaDescription.ReadAsync(past.Database)).Where(line => !line.Contains("schema_version", StringComparison.Ordinal)).ToList();
        var freshSchema = await SchemaDescription.ReadAsync(fresh.Database);
        var differences = freshSchema.Except(pastSchema).Select(line => "only new:     " + line)
            .Concat(pastSchema.Except(freshSchema).Select(line => "only adopted: " + line)).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task AnOlderHandWrittenSchemaIsRefusedWithWhatToDo(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var context = db.Database.Context())
        {
            await context.Database.ExecuteSqlRawAsync("CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");
            await context.Database.ExecuteSqlRawAsync("INSERT INTO schema_version VALUES (11, 'import_deleted_count', '2026-01-01')");
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => new SchemaMigrator(db.Database).MigrateAsync());

        Assert.Contains("version 11", refused.Message, StringComparison.Ordinal);
        Assert.Contains(ReleaseFixture.Release, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await new SchemaMigrator(db.Database).AppliedMigrationsAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void TheModelHasNoChangeThatAMigrationLacks(DatabaseProvider provider)
    {
        using var context = Design(provider);

        Assert.False(context.Database.HasPendingModelChanges(), $"The model differs from the last {provider} migration: add one with dotnet ef migrations add.");
    }

    [Fact]
    public void BothEnginesHaveTheSameMigrations()
    {
        using var sqlite = Design(DatabaseProvider.Sqlite);
        using var postgres = Design(DatabaseProvider.Postgres);

        // Ids are <timestamp>_<Name>: the names must pair up, in the same order.
        Assert.Equal(sqlite.Database.GetMigrations().Select(Name), postgres.Database.GetMigrations().Select(Name));
    }

    private static string Name(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    private static List<string> AllMigrations(Database database)
    {
        using var context = Design(database.Provider);
        return context.Database.GetMigrations().ToList();
    }

    private static DashboardDbContext Design(DatabaseProvider provider) => DashboardContexts.Create(provider, provider == DatabaseProvider.Postgres
        ? new Npgsql.NpgsqlConnection("Host=unused")
        : new Microsoft.Data.Sqlite.SqliteConnection("Data Source=unused.db"));
}
