using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Domain.Tests.Status;

public class TargetRoadmapTests
{
    [Fact]
    public void EachTargetsLegStartsFromTheDeclaredBaselineOrFromWhatTheEarlierTargetYearReached()
    {
        var targets = new[] { T(2017, Comparator.Baseline, 76.5), T(2020, Comparator.AtLeast, 90), T(2025, Comparator.AtLeast, 95) };

        var legs = TargetRoadmap.Legs(targets, year => year == 2020 ? 85 : null);

        Assert.Equal([(2017, 76.5, false, 2020), (2020, 85.0, true, 2025)],
            legs.Select(l => (l.FromYear!.Value, l.FromValue!.Value, l.FromActual, l.Goal.Year)));
        // 85 + (95 − 85) × 3/5 = 91 in 2023.
        Assert.Equal(91.0, legs[1].ExpectedIn(2023)!.Value, 9);
    }

    [Fact]
    public void ALegWhoseBaselineMeetsItsTargetHoldsTheTarget()
    {
        var targets = new[] { T(2020, Comparator.AtLeast, 90), T(2025, Comparator.AtLeast, 95) };

        var leg = TargetRoadmap.Legs(targets, year => year == 2020 ? 99 : null)[1];

        Assert.True(leg.Holds);
        Assert.Equal((99.0, 95.0), (leg.FromValue!.Value, leg.StartValue!.Value));
        Assert.Equal(95.0, leg.ExpectedIn(2022)!.Value, 9);
    }

    [Fact]
    public void WithoutABaselineALegHasNoLine()
    {
        var leg = TargetRoadmap.Legs([T(2025, Comparator.AtMost, 6.5)], _ => 9)[0];

        Assert.Equal((null, null), (leg.FromYear, leg.ExpectedIn(2023)));
    }

    private static Target T(int year, Comparator comparator, double value) => new()
    {
        PlanCode = "P", OrgUnitCode = "U", OrgUnitLabel = "U", IndicatorCode = "I", Year = year, Comparator = comparator, Value = value,
    };
}
