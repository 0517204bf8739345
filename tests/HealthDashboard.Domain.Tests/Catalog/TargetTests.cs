using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Domain.Tests.Catalog;

public class TargetTests
{
    private static readonly OrgUnitTree Tree = new([
        new OrgUnit { Id = 1, Code = "AG", NameVi = "An Giang", NameEn = "An Giang", Path = "/1/" },
        new OrgUnit { Id = 2, Code = "AG_LXU", NameVi = "Long Xuyên", NameEn = "Long Xuyen", ParentId = 1, Path = "/1/2/" },
        new OrgUnit { Id = 3, Code = "AG_LXU_01", NameVi = "Mỹ Bình", NameEn = "My Binh", ParentId = 2, Path = "/1/2/3/" },
    ]);

    private static readonly Target[] Targets =
    [
        T("AG", 2017, Comparator.Baseline, 76.5), T("AG", 2020, Comparator.AtLeast, 90), T("AG", 2025, Comparator.AtLeast, 95),
        T("AG", 2030, Comparator.MoreThan, 95), T("AG_LXU", 2025, Comparator.AtLeast, 97),
    ];

    [Theory]
    [InlineData(Comparator.AtLeast, 95, 95, true)]
    [InlineData(Comparator.MoreThan, 95, 95, false)]
    [InlineData(Comparator.AtMost, 6.5, 6.5, true)]
    [InlineData(Comparator.LessThan, 20, 20, false)]
    [InlineData(Comparator.About, 74.0, 74.5, true)]
    [InlineData(Comparator.About, 75.01, 74.5, false)]
    [InlineData(Comparator.About, 73.99, 74.5, false)]
    public void ComparesAsThePlanWrites(Comparator comparator, double value, double target, bool meets)
    {
        Assert.Equal(meets, TargetComparison.Meets(comparator, value, target));
    }

    [Fact]
    public void ProvinceTargetAppliesToACommuneWithoutItsOwn()
    {
        var target = TargetFinder.NextTarget(Targets, Tree, Tree.Find("AG_LXU_01")!, "HI_COV", 2026);

        Assert.Equal("AG_LXU", target!.OrgUnitCode);
        Assert.Equal(97, target.Value);
    }

    [Fact]
    public void NextTargetYearIsTheFirstStillAheadAndBaselinesAreNotTargets()
    {
        var province = Tree.Find("AG")!;

        Assert.Equal(2020, TargetFinder.NextTarget(Targets, Tree, province, "HI_COV", 2016)!.Year);
        Assert.Equal(2025, TargetFinder.NextTarget(Targets, Tree, province, "HI_COV", 2021)!.Year);
        Assert.Equal(2030, TargetFinder.NextTarget(Targets, Tree, province, "HI_COV", 2031)!.Year);
    }

    private static Target T(string unit, int year, Comparator comparator, double value) => new()
    {
        PlanCode = "AG-NQ20", OrgUnitCode = unit, OrgUnitLabel = unit, IndicatorCode = "HI_COV", Year = year, Comparator = comparator, Value = value,
    };
}
