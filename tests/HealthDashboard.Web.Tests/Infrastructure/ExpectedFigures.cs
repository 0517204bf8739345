using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// Figures computed straight from the database with the domain's calculator over a unit's whole subtree, the plain
/// way, without anything of the web app: what its tiles must agree with.
/// </summary>
public sealed class ExpectedFigures
{
    private readonly IReadOnlyDictionary<string, DataElement> _elements;
    private readonly IReadOnlyList<RawValue> _values;

    private ExpectedFigures(IndicatorCatalog catalog, OrgUnitTree tree, OrgUnit unit, IReadOnlyList<RawValue> values)
    {
        Catalog = catalog;
        Tree = tree;
        Unit = unit;
        _values = values;
        _elements = catalog.Elements.ToDictionary(e => e.Code);
    }

    public IndicatorCatalog Catalog { get; }

    public OrgUnitTree Tree { get; }

    public OrgUnit Unit { get; }

    public static int CurrentYear => DateTime.Now.Year;

    public static async Task<ExpectedFigures> ForAsync(Database database, string unitCode)
    {
        var tree = await new OrgUnitStore(database).TreeAsync();
        var unit = tree.Find(unitCode) ?? throw new InvalidOperationException($"No unit {unitCode} in the test database.");
        var catalog = await new CatalogStore(database).LoadAsync();
        var values = await new DataValueStore(database).SubtreeAsync(unit.Path, Period.OfYear(2016), Period.OfYear(CurrentYear));
        return new ExpectedFigures(catalog, tree, unit, values);
    }

    /// <summary>
    /// The latest year, from this one back to 2016, in which the indicator has a value, with the value: as pages show
    /// it, through the last month whose reports are all due, or with <paramref name="wholeYears"/> as the API gives a year.
    /// </summary>
    public (int Year, IndicatorResult Result)? Latest(string indicatorCode, bool wholeYears = false)
    {
        for (var year = CurrentYear; year >= 2016; year--)
        {
            var result = ValueIn(indicatorCode, year, wholeYears);
            if (result.HasValue)
            {
                return (year, result);
            }
        }

        return null;
    }

    /// <summary>The indicator for one year at the unit (over its whole subtree), counted as <see cref="Latest"/> counts it.</summary>
    public IndicatorResult ValueIn(string indicatorCode, int year, bool wholeYears = false)
    {
        var indicator = Catalog.Indicator(indicatorCode) ?? throw new ArgumentException($"No indicator {indicatorCode}.", nameof(indicatorCode));
        if (wholeYears)
        {
            return IndicatorCalculator.Compute(indicator, _elements, Unit, _values, Period.OfYear(year), MonthsCovered(indicator, year, Period.MonthOf(DateOnly.FromDateTime(DateTime.Now))));
        }

        // The plain way: leave out the raw values of the months (and quarters) after the last one counted, then count the year.
        if (ProvinceCalendar.Now.DueThrough(year) is not { } through)
        {
            return IndicatorResult.NoData;
        }

        var counted = _values.Where(v => v.Period.Year != year || v.Period.Type == PeriodType.Year || v.Period.End <= through.End).ToList();
        return IndicatorCalculator.Compute(indicator, _elements, Unit, counted, Period.OfYear(year), through.Index == 12 ? null : MonthsCovered(indicator, year, through));
    }

    /// <summary>For a year not over, the last month up to <paramref name="upTo"/> with a monthly value of the indicator's elements.</summary>
    private int? MonthsCovered(Indicator indicator, int year, Period upTo)
    {
        if (year != upTo.Year)
        {
            return null;
        }

        var ids = indicator.ElementCodes.Select(c => _elements[c].Id).ToHashSet();
        var months = _values.Where(v => ids.Contains(v.ElementId) && v.Period.Type == PeriodType.Month && v.Period.Year == year && v.Period.Index <= upTo.Index)
            .Select(v => v.Period.Index).ToList();
        return months.Count == 0 ? null : months.Max();
    }
}
