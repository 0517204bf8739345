using HealthDashboard.Domain.Status;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// Target status read from the snapshot. Insurance coverage: the province's plan goes from 70 % (2020) to ≥ 90 %
/// (2025), so the line passes 70 + 20 × 4/5 = 86 % in 2024 and "at risk" reaches a quarter of the 20-point span (5)
/// behind it. C2's own plan goes from 75 % to ≥ 95 %: 91 % in 2024.
/// </summary>
public class TargetStatusThroughSnapshotTests
{
    private static FixtureSnapshot Coverage(string unit, double percent) =>
        new FixtureSnapshot().Add("POP", unit, "202412", 1000).Add("HI_INSURED", unit, "202412", percent * 10);

    [Theory]
    [InlineData(87.0, TargetStatus.OnTrack)] // ahead of 86
    [InlineData(84.0, TargetStatus.AtRisk)] // 2 behind, within 5
    [InlineData(78.0, TargetStatus.OffTrack)] // 8 behind
    [InlineData(91.0, TargetStatus.Achieved)] // already ≥ 90
    public void ProvinceTargetAppliesToACommuneWithoutItsOwnAlongTheStraightLine(double percent, TargetStatus expected)
    {
        var status = Coverage("C1", percent).Status("HI_COV", "C1", 2024);

        Assert.Equal(expected, status.Status);
        Assert.Equal("PLAN_P", status.Target!.PlanCode);
        Assert.Equal(2025, status.Target.Year);
        if (expected != TargetStatus.Achieved)
        {
            Assert.Equal(86.0, status.Expected!.Value, 9);
        }
    }

    [Fact]
    public void CommunesOwnTargetOverridesTheProvinces()
    {
        // 88 % is on track against the province's 86 %, but 3 behind C2's own 91 %.
        var status = Coverage("C2", 88).Status("HI_COV", "C2", 2024);

        Assert.Equal(TargetStatus.AtRisk, status.Status);
        Assert.Equal("PLAN_C2", status.Target!.PlanCode);
        Assert.Equal(91.0, status.Expected!.Value, 9);
    }

    [Fact]
    public void DistrictIsJudgedOnItsOwnAggregateAgainstTheInheritedTarget()
    {
        // C1 87 % of 1000 and C2 70 % of 1000: D1 is 78.5 %, 7.5 behind the province's line.
        var snapshot = Coverage("C1", 87).Add("POP", "C2", "202412", 1000).Add("HI_INSURED", "C2", "202412", 700);

        Assert.Equal(TargetStatus.OffTrack, snapshot.Status("HI_COV", "D1", 2024).Status);
        Assert.Equal(TargetStatus.OnTrack, snapshot.Status("HI_COV", "C1", 2024).Status);
    }

    [Fact]
    public void NoTargetOrNoValueIsNoData()
    {
        var snapshot = Coverage("C1", 87);

        Assert.Equal(TargetStatus.NoData, snapshot.Status("HI_COV", "VN", 2024).Status); // a value, but no plan above it
        Assert.Equal(TargetStatus.NoData, snapshot.Status("HI_COV", "C3", 2024).Status); // a plan, but no value
    }

    [Theory]
    // Life expectancy, province plan: 73.0 in 2020, ~74.5 in 2025 (met within ±0.5).
    [InlineData(2025, 74.1, TargetStatus.Achieved)]
    [InlineData(2025, 74.0, TargetStatus.Achieved)] // exactly 0.5 under
    [InlineData(2025, 75.0, TargetStatus.Achieved)] // exactly 0.5 over
    [InlineData(2025, 73.9, TargetStatus.NotAchieved)] // 0.6 under, in the target year: missed
    [InlineData(2025, 75.1, TargetStatus.NotAchieved)] // 0.6 over: "about" is two-sided
    [InlineData(2024, 73.8, TargetStatus.OnTrack)] // the line passes 73.0 + 1.5 × 4/5 = 74.2; 0.4 behind is within ±0.5
    [InlineData(2024, 73.5, TargetStatus.OffTrack)] // 0.7 behind
    public void AboutTargetCountsWithinHalfAPointAsMet(int year, double value, TargetStatus expected)
    {
        var snapshot = new FixtureSnapshot().Add("STAT_LE", "P", year.ToString(System.Globalization.CultureInfo.InvariantCulture), value);

        Assert.Equal(expected, snapshot.Status("LE", "P", year).Status);
    }
}
