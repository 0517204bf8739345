using System.Diagnostics;
using HealthDashboard.Data.Boundaries;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Sample;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Seeding;

/// <summary>
/// Writes a set of areas (provinces → districts → communes) with their facilities, sample boundaries and
/// generated monthly reports. The sample province data and the synthetic national data both go through here.
/// </summary>
public sealed class AreaSeeder(Database database)
{
    /// <param name="today">The day the sample is made: reports not completed by then are not complete in it.</param>
    public async Task<SeedReport> SeedAsync(IReadOnlyList<SampleUnit> areas, Period firstMonth, Period lastMonth, int seed, DateOnly today,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var units = new List<NewOrgUnit>();
        foreach (var area in areas)
        {
            units.Add(new NewOrgUnit(area.Code, area.ParentCode, area.Kind, area.NameVi, area.NameEn, !area.NameIsReal));
            if (area.Kind == OrgUnitKind.District)
            {
                units.Add(FacilityNames.CentreOf(area));
            }
            else if (area.Kind == OrgUnitKind.Commune)
            {
                units.Add(FacilityNames.StationOf(area));
            }
        }

        var ids = await new OrgUnitStore(database).InsertAsync(units, cancellationToken);
        var boundaries = SampleBoundaries.For(areas, ids, seed);
        await new BoundaryStore(database).SaveAsync(boundaries, cancellationToken);
        var catalog = await new CatalogStore(database).LoadAsync(cancellationToken);
        var elementIds = catalog.Elements.ToDictionary(e => e.Code, e => e.Id);
        var guard = new SampleValueGuard(catalog.Elements, units.ToDictionary(u => ids[u.Code], u => u.Kind));
        // A month is reported once it is over: the sample holds no figures for the month still running.
        var lastOver = Period.MonthOf(today).Previous() is var ended && ended.CompareTo(lastMonth) < 0 ? ended : lastMonth;
        var values = guard.Check(GenerateValues(areas, ids, elementIds, firstMonth, lastOver, seed, today));
        // A completed report's flags carry the time it was completed, which is what tells how many days late it came.
        var (done, onTime) = (elementIds["REPORT_DONE"], elementIds["REPORT_ON_TIME"]);
        var written = await new BulkValueWriter(database).WriteAsync(values, "sample", cancellationToken,
            v => (v.ElementId == done || v.ElementId == onTime) && v.Value > 0 ? SampleReportTiming.CompletedAt(seed, v.OrgUnitId, v.Period) : null);
        return new SeedReport(units.Count, areas.Count(a => a.Kind == OrgUnitKind.Commune), written, boundaries.Count, clock.Elapsed);
    }

    private static IEnumerable<Domain.Aggregation.RawValue> GenerateValues(IReadOnlyList<SampleUnit> areas, IReadOnlyDictionary<string, long> ids,
        IReadOnlyDictionary<string, long> elementIds, Period firstMonth, Period lastMonth, int seed, DateOnly today)
    {
        var stations = new StationValueGenerator(elementIds, seed, today);
        var others = new AreaValueGenerator(elementIds, seed);
        var byParent = areas.Where(a => a.ParentCode is not null).ToLookup(a => a.ParentCode!);
        var lastFullYear = lastMonth.Index == 12 ? lastMonth.Year : lastMonth.Year - 1;
        foreach (var province in areas.Where(a => a.Kind == OrgUnitKind.Province))
        {
            var profile = SampleProfiles.For(province.Code);
            foreach (var value in others.Province(ids[province.Code], province.Code, profile, firstMonth.Year, lastFullYear))
            {
                yield return value;
            }

            foreach (var district in byParent[province.Code])
            {
                var rng = SampleRandom.For(seed, district.Code);
                var (offset, mortality) = (rng.Normal(0, 2.5), rng.Uniform(0.75, 1.3));
                var communes = byParent[district.Code].ToList();
                var population = communes.Count * (profile.PopulationMin + profile.PopulationMax) / 2.0;
                foreach (var value in others.DistrictCentre(ids[FacilityNames.CentreCode(district.Code)], district.Code, profile, population, firstMonth, lastMonth))
                {
                    yield return value;
                }

                foreach (var commune in communes)
                {
                    var plan = new StationPlan(ids[FacilityNames.StationCode(commune.Code)], commune.Code, profile, offset, mortality);
                    foreach (var value in stations.Generate(plan, firstMonth, lastMonth))
                    {
                        yield return value;
                    }
                }
            }
        }
    }
}
