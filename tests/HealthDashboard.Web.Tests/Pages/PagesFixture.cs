using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Web.Tests.Pages;

/// <summary>
/// Hand-computed fixtures for the trends, rankings and station services: VN → province P → district D1 (communes
/// C1–C4) and D2 (commune C5); station S1 under C1 and a district health centre H1 under D1. The province's plan
/// sets insurance coverage (baseline 76.5 % in 2017, ≥ 90 by 2020, ≥ 95 by 2025, > 95 by 2030) and infant
/// mortality (≤ 10 ‰ by 2025). Values are added by codes and built into a snapshot of 2016–2026 computed in December 2025.
/// </summary>
internal sealed class PagesFixture
{
    private readonly List<(string Element, string Unit, string Period, double Value)> _values = [];

    public static IReadOnlyList<OrgUnit> Units { get; } =
    [
        Unit(1, "VN", null, OrgUnitKind.Country, "/1/"),
        Unit(2, "P", 1, OrgUnitKind.Province, "/1/2/"),
        Unit(3, "D1", 2, OrgUnitKind.District, "/1/2/3/"),
        Unit(4, "D2", 2, OrgUnitKind.District, "/1/2/4/"),
        Unit(5, "C1", 3, OrgUnitKind.Commune, "/1/2/3/5/"),
        Unit(6, "C2", 3, OrgUnitKind.Commune, "/1/2/3/6/"),
        Unit(7, "C3", 3, OrgUnitKind.Commune, "/1/2/3/7/"),
        Unit(8, "C4", 3, OrgUnitKind.Commune, "/1/2/3/8/"),
        Unit(9, "C5", 4, OrgUnitKind.Commune, "/1/2/4/9/"),
        Unit(10, "S1", 5, OrgUnitKind.HealthStation, "/1/2/3/5/10/"),
        Unit(11, "H1", 3, OrgUnitKind.DistrictHealthCentre, "/1/2/3/11/"),
    ];

    public static IndicatorCatalog Catalog { get; } = WithIds(CatalogLoader.LoadEmbedded()) with
    {
        Plans = [new Plan { Code = "PLAN_P", NameVi = "P", NameEn = "P", OrgUnitCode = "P" }],
        Targets =
        [
            T("HI_COV", 2017, Comparator.Baseline, 76.5),
            T("HI_COV", 2020, Comparator.AtLeast, 90),
            T("HI_COV", 2025, Comparator.AtLeast, 95),
            T("HI_COV", 2030, Comparator.MoreThan, 95),
            T("IMR", 2025, Comparator.AtMost, 10),
        ],
    };

    public OrgUnitTree Tree { get; } = new(Units);

    public Period AsOf { get; init; } = Period.Month(2025, 12);

    /// <summary>6 January 2026, the day after December 2025's reports fell due: every month up to <see cref="AsOf"/> counts whole.</summary>
    public static ReportingCalendar Calendar { get; } = new(new DateOnly(2026, 1, 6), 5);

    public PagesFixture Add(string element, string unit, string period, double value)
    {
        _values.Add((element, unit, period, value));
        return this;
    }

    /// <summary>Insurance coverage as a December stock: <paramref name="insured"/> of 1,000 people.</summary>
    public PagesFixture Coverage(string unit, int year, double insured) =>
        Add("POP", unit, $"{year}12", 1000).Add("HI_INSURED", unit, $"{year}12", insured);

    public OrgUnit Unit(string code) => Tree.Find(code)!;

    public AggregateSnapshot Build()
    {
        var builder = new SnapshotBuilder(Catalog, new UnitIndex(Units), 2016, 2026);
        foreach (var (element, unit, period, value) in _values)
        {
            Assert.True(builder.Add(Catalog.Element(element)!.Id, Units.Single(u => u.Code == unit).Id, Period.Parse(period), value), $"{element} {unit} {period} was ignored");
        }

        return builder.Build(7, DateTimeOffset.UnixEpoch, AsOf);
    }

    private static IndicatorCatalog WithIds(IndicatorCatalog catalog) =>
        catalog with { Elements = catalog.Elements.Select((e, i) => e with { Id = i + 1 }).ToList() };

    private static Target T(string indicator, int year, Comparator comparator, double value) =>
        new() { PlanCode = "PLAN_P", OrgUnitCode = "P", OrgUnitLabel = "P", IndicatorCode = indicator, Year = year, Comparator = comparator, Value = value };

    private static OrgUnit Unit(long id, string code, long? parent, OrgUnitKind kind, string path) =>
        new() { Id = id, Code = code, NameVi = "Tên " + code, NameEn = "Name " + code, ParentId = parent, Kind = kind, Path = path, Level = path.Count(c => c == '/') - 1 };
}
