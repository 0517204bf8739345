using HealthDashboard.Data.Db;
using HealthDashboard.Data.Seeding;

namespace HealthDashboard.Data.Tests;

/// <summary>The right to seed (and to repair a half-made seed): one holder at a time, the others told and made to wait.</summary>
public class SeedClaimTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ASecondSeederWaitsForTheClaimAndIsToldSoUntilTheFirstLetsGo(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        // Another handle on the same database, as another process has: its own connections, its own lock file handle.
        await using var other = new Database(db.Database.Options);
        var first = await SeedClaim.TakeAsync(db.Database, null, CancellationToken.None);
        var told = new TaskCompletionSource();

        var second = SeedClaim.TakeAsync(other, () => told.TrySetResult(), CancellationToken.None);
        await told.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        var heldBack = !second.IsCompleted;
        await first.DisposeAsync();
        await using var claim = await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(heldBack, "the second seeder took the claim while the first held it");
    }
}
