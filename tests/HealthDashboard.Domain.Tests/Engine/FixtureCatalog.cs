using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// The embedded elements and indicators with the fixtures' own plans: the province's plan sets insurance coverage
/// (70 % in 2020, ≥ 90 % by 2025) and life expectancy (73.0 in 2020, ~74.5 in 2025); commune C2's own plan sets
/// coverage from 75 % in 2020 to ≥ 95 % by 2025.
/// </summary>
internal static class FixtureCatalog
{
    public static IndicatorCatalog Catalog { get; } = EngineCatalog.Embedded with
    {
        Plans =
        [
            new Plan { Code = "PLAN_P", NameVi = "P", NameEn = "P", OrgUnitCode = "P" },
            new Plan { Code = "PLAN_C2", NameVi = "C2", NameEn = "C2", OrgUnitCode = "C2" },
        ],
        Targets =
        [
            T("PLAN_P", "P", "HI_COV", 2020, Comparator.Baseline, 70),
            T("PLAN_P", "P", "HI_COV", 2025, Comparator.AtLeast, 90),
            T("PLAN_P", "P", "LE", 2020, Comparator.Baseline, 73.0),
            T("PLAN_P", "P", "LE", 2025, Comparator.About, 74.5),
            T("PLAN_C2", "C2", "HI_COV", 2020, Comparator.Baseline, 75),
            T("PLAN_C2", "C2", "HI_COV", 2025, Comparator.AtLeast, 95),
        ],
    };

    private static Target T(string plan, string unit, string indicator, int year, Comparator comparator, double value) =>
        new() { PlanCode = plan, OrgUnitCode = unit, OrgUnitLabel = unit, IndicatorCode = indicator, Year = year, Comparator = comparator, Value = value };
}
