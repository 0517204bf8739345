using HealthDashboard.Data.Aggregates;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.DataValues;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>Values saved one by one through the store, applied incrementally, against a full recompute of the same database.</summary>
public class IncrementalRecomputeDatabaseTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task IncrementalRecomputeAfterSavedValuesEqualsAFreshFullRecompute(string provider)
    {
        await using var db = await AggregateDatabase.CreateAsync(provider, seed: 33);
        await db.WriteAsync();
        var recomputer = new FullRecomputer(db.Database);
        var (live, _) = await recomputer.RunAsync(1, AggregateDatabase.AsOf, persist: false);
        var station = db.Units.First(u => u.Kind == OrgUnitKind.HealthStation);
        var births = db.Values.First(v => v.ElementId == db.Element("LIVE_BIRTHS").Id && v.OrgUnitId == station.Id);
        DataValue[] saves =
        [
            Value("LIVE_BIRTHS", station.Code, births.Period, births.Value + 7), // a changed flow
            Value("POP", db.Units.First(u => u.Kind == OrgUnitKind.District).Code, Period.Month(2024, 5), 4321), // a stock at a district
            Value("STAT_LE", "P1", Period.OfYear(2023), 71.25), // a stat
            Value("U5_MEASURED", db.Units.First(u => u.Kind == OrgUnitKind.Commune).Code, Period.OfYear(2024), 99), // a yearly element
        ];
        foreach (var save in saves)
        {
            await new DataValueStore(db.Database).SaveAsync(save, "officer", "api");
        }

        var keys = saves.Select(s => new RawKey(db.Element(s.ElementCode).Id, db.Unit(s.OrgUnitCode).Id, s.Period)).ToList();
        var result = await new IncrementalRecomputer(db.Database).ApplyAsync(live, keys);
        var (fresh, _) = await recomputer.RunAsync(2, AggregateDatabase.AsOf, persist: false);

        Assert.NotNull(result);
        Assert.Empty(SnapshotCells.Differences(fresh, result.Snapshot).Take(20).Select(c => SnapshotCells.Describe(fresh, c)));
        var changed = SnapshotCells.Differences(live, fresh).ToHashSet();
        Assert.NotEmpty(changed);
        Assert.Equal(changed, result.Changed.ToHashSet());
    }

    private static DataValue Value(string element, string unit, Period period, double value) =>
        new() { ElementCode = element, OrgUnitCode = unit, Period = period, Value = value };
}
