using Dapper;
using HealthDashboard.Data.Migrations;

namespace HealthDashboard.Data.Tests;

public class MigrationTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task EveryMigrationAppliesOnceAndIsRecorded(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var runner = new MigrationRunner(db.Database);
        var expected = MigrationSource.For(db.Database.Provider).Select(m => m.Version).ToList();

        var first = await runner.MigrateAsync();
        var second = await runner.MigrateAsync();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, first);
        Assert.Empty(second);
        Assert.Equal(expected, await runner.AppliedVersionsAsync());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task RunnersStartingTogetherApplyEachStepExactlyOnce(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new MigrationRunner(db.Database).MigrateAsync())));

        Assert.Equal(MigrationSource.For(db.Database.Provider).Count, results.Sum(r => r.Count));
        await using var connection = await db.Database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM org_unit"));
    }

    [Fact]
    public void BothEnginesHaveTheSameMigrationVersions()
    {
        Assert.Equal(
            MigrationSource.For(Db.DatabaseProvider.Sqlite).Select(m => (m.Version, m.Name)),
            MigrationSource.For(Db.DatabaseProvider.Postgres).Select(m => (m.Version, m.Name)));
    }
}
