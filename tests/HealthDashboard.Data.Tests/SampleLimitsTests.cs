using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Seeding;
using HealthDashboard.Domain.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Tests;

/// <summary>The sample holds to the catalog's rules that every write is held to: each value at a kind of unit its element is reported at, inside its range.</summary>
public class SampleLimitsTests
{
    [Fact]
    public async Task EverySampleValueSitsAtAKindOfUnitItsElementIsReportedAtAndInsideItsRange()
    {
        // The values are generated the same way on both engines: one is enough to see where they land.
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await new DatabaseSeeder(db.Database).EnsureReadyAsync(seedSample: true, new DateOnly(2026, 11, 23));
        var elements = (await new CatalogStore(db.Database).LoadAsync()).Elements.ToDictionary(e => e.Code);

        await using var context = db.Database.Context();
        var groups = await (from v in context.DataValues
                            join e in context.DataElements on v.DataElementId equals e.Id
                            join u in context.OrgUnits on v.OrgUnitId equals u.Id
                            group v.Value by new { Element = e.Code, u.Kind } into g
                            select new { g.Key.Element, g.Key.Kind, Min = g.Min(), Max = g.Max(), Count = g.LongCount() }).ToListAsync();

        var wrong = groups.Where(g => !elements[g.Element].IsReportedAt(OrgUnitKindNames.Parse(g.Kind))
                || !elements[g.Element].Range.Contains(g.Min) || !elements[g.Element].Range.Contains(g.Max))
            .Select(g => $"{g.Element} at {g.Kind}: {g.Count} values from {g.Min} to {g.Max}").ToList();
        Assert.True(groups.Count() > elements.Count, "the sample has too few values to judge");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
