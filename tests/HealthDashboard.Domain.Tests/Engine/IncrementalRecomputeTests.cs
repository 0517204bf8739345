using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>Incremental recompute against a fresh full build, over several rounds of random writes.</summary>
public class IncrementalRecomputeTests
{
    private const int FirstYear = 2022;
    private const int LastYear = 2024;
    private static readonly Period AsOf = Period.Month(LastYear, 9);

    [Theory]
    [InlineData(5, 1)]
    [InlineData(7, 40)]
    [InlineData(11, 400)]
    public void IncrementalRecomputeEqualsAFreshFullBuildAndLeavesTheOldSnapshotAlone(int seed, int edits)
    {
        var random = new Random(seed);
        var catalog = EngineCatalog.Embedded;
        var units = RandomTree.Create(random, provinces: 2);
        var values = RandomRawValues.Create(random, catalog, units, FirstYear, AsOf);
        var first = Full(units, values, 1);
        // Each version next to a full build of the same values made apart from it, which nothing ever writes to.
        var history = new List<(AggregateSnapshot Snapshot, List<RawValue> Values, AggregateSnapshot Built)> { (first, values, Full(units, values, 1)) };

        for (var round = 2; round <= 4; round++)
        {
            var (live, before, _) = history[^1];
            var (after, keys) = RawValueEdits.Apply(random, before, catalog, units, FirstYear, AsOf, edits);
            var requests = IncrementalRecompute.Requests(live, keys)!;
            var result = IncrementalRecompute.Apply(live, requests, RawValueEdits.OwnValues(requests, after), round, DateTimeOffset.UnixEpoch);
            var fresh = Full(units, after, round);

            Assert.Empty(Describe(fresh, SnapshotCells.Differences(fresh, result.Snapshot)));
            Assert.Equal(round, result.Snapshot.Version);
            Assert.True(SnapshotCells.ValueCount(fresh) > 10_000);

            // Changed lists exactly the cells in which the two full builds differ, which is what SnapshotDiff finds too.
            var expected = SnapshotCells.Differences(live, fresh).ToHashSet();
            Assert.Equal(expected.Count, result.Changed.Count);
            Assert.Equal(expected, result.Changed.ToHashSet());
            Assert.Equal(expected, SnapshotDiff.Changed(live, result.Snapshot, int.MaxValue)!.ToHashSet());

            // An element nobody wrote keeps its very cube: nothing else was touched.
            var written = keys.Select(k => k.ElementId).ToHashSet();
            Assert.All(catalog.Elements.Where(e => !written.Contains(e.Id)), e => Assert.Same(live.Cubes[e.Code], result.Snapshot.Cubes[e.Code]));

            history.Add((result.Snapshot, after, fresh));
            // Every earlier version still reads as it was built: pages are copied before they are written.
            foreach (var (snapshot, _, built) in history)
            {
                Assert.Empty(SnapshotCells.Differences(built, snapshot));
            }
        }
    }

    [Fact]
    public void KeyOfAnUnknownUnitOrAYearOutsideTheSnapshotNeedsAFullRecompute()
    {
        var units = FixtureTree.Units;
        var snapshot = Full(units, [], 1);
        var births = EngineCatalog.Embedded.Element("LIVE_BIRTHS")!.Id;

        Assert.Null(IncrementalRecompute.Requests(snapshot, [new RawKey(births, 999, Period.Month(2024, 1))]));
        Assert.Null(IncrementalRecompute.Requests(snapshot, [new RawKey(births, FixtureTree.Id("C1"), Period.Month(2019, 1))]));
        Assert.Single(IncrementalRecompute.Requests(snapshot, [new RawKey(births, FixtureTree.Id("C1"), Period.Month(2024, 1))])!);
    }

    [Fact]
    public void RequestAsksForTheChangedUnitAndItsAncestorsInTheChangedYear()
    {
        var catalog = EngineCatalog.Embedded;
        var snapshot = Full(FixtureTree.Units, [], 1);
        var births = catalog.Element("LIVE_BIRTHS")!.Id;
        var lifeExpectancy = catalog.Element("STAT_LE")!.Id;

        var requests = IncrementalRecompute.Requests(snapshot, [
            new RawKey(births, FixtureTree.Id("S1"), Period.Month(2024, 3)),
            new RawKey(births, FixtureTree.Id("C3"), Period.Month(2024, 7)),
            new RawKey(lifeExpectancy, FixtureTree.Id("D1"), Period.OfYear(2023)),
        ])!;

        var perElement = requests.ToDictionary(r => r.ElementId);
        Assert.Equal(2024, perElement[births].Year);
        Assert.Equal(new[] { "S1", "C1", "D1", "P", "VN", "C3", "D2" }.Select(FixtureTree.Id).Order(), perElement[births].OrgUnitIds.Order());
        // A stat is not carried up: only the unit itself.
        Assert.Equal([FixtureTree.Id("D1")], perElement[lifeExpectancy].OrgUnitIds);
    }

    private static AggregateSnapshot Full(IReadOnlyList<OrgUnit> units, IEnumerable<RawValue> values, long version) =>
        RawSnapshot.Build(EngineCatalog.Embedded, units, values, FirstYear, LastYear, AsOf, version);

    private static IEnumerable<string> Describe(AggregateSnapshot snapshot, List<ChangedCell> cells) =>
        cells.Take(20).Select(c => SnapshotCells.Describe(snapshot, c));
}
