using HealthDashboard.Data.Aggregates;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>The full recompute over a real database against the brute-force reference and the plain SQL rebuild.</summary>
public class FullRecomputeTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task FullRecomputeMatchesTheBruteForceReference(string provider)
    {
        await using var db = await AggregateDatabase.CreateAsync(provider, seed: 31);
        await db.WriteAsync();

        var (snapshot, summary) = await new FullRecomputer(db.Database).RunAsync(1, AggregateDatabase.AsOf, persist: false);

        // Every unit above the stations and every third station keeps the comparison quick.
        var sample = db.Units.Where((u, i) => u.Kind != OrgUnitKind.HealthStation || i % 3 == 0).ToList();
        var check = new ReferenceCheck(snapshot, db.Units, db.Values);
        Assert.Empty(check.Mismatches(sample, SampledPeriods.All).Take(20));
        Assert.Equal(db.Values.Count, summary.RawValues);
        Assert.Equal((AggregateDatabase.FirstYear, 2024, db.Units.Count), (summary.FirstYear, summary.LastYear, summary.OrgUnits));
        Assert.True(check.WithValue > check.Compared / 3, $"{check.WithValue} of {check.Compared} with a value");
        Assert.True(check.Flagged > 0 && check.Stats > 0 && check.PartlyCovered > 0, $"{check.Flagged} flagged, {check.Stats} stats, {check.PartlyCovered} annualised in part");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task SqlRebuildCountsExactlyTheEnginesAggregates(string provider)
    {
        await using var db = await AggregateDatabase.CreateAsync(provider, seed: 32);
        await db.WriteAsync();

        var (snapshot, summary) = await new FullRecomputer(db.Database).RunAsync(1, AggregateDatabase.AsOf, persist: false);
        var (rows, _) = await new SqlAggregateRebuild(db.Database).RunAsync(db.Catalog);

        Assert.True(rows > 10_000, $"{rows} aggregates");
        Assert.Equal(rows, summary.Aggregates);
        Assert.Equal(rows, SnapshotCells.ValueCount(snapshot));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task YearsHintNarrowerThanTheDataIsWidenedToEveryValue(string provider)
    {
        await using var db = await AggregateDatabase.CreateAsync(provider, seed: 37, provinces: 1);
        await db.WriteAsync();
        var recomputer = new FullRecomputer(db.Database);

        var (hinted, summary) = await recomputer.RunAsync(1, AggregateDatabase.AsOf, persist: false, yearsHint: (2023, 2023));
        var (scanned, _) = await recomputer.RunAsync(2, AggregateDatabase.AsOf, persist: false);

        Assert.Equal((AggregateDatabase.FirstYear, 2024), (summary.FirstYear, summary.LastYear));
        Assert.Equal(db.Values.Count, summary.RawValues);
        Assert.Empty(SnapshotCells.Differences(scanned, hinted));
    }
}
