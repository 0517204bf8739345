using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Domain.Tests.Status;

public class TargetStatusEvaluatorTests
{
    // An Giang's insurance coverage: 76.5 % at the end of 2017, ≥ 90 by 2020, ≥ 95 by 2025, > 95 by 2030.
    private static readonly Target[] Coverage =
    [
        T(2017, Comparator.Baseline, 76.5), T(2020, Comparator.AtLeast, 90), T(2025, Comparator.AtLeast, 95), T(2030, Comparator.MoreThan, 95),
    ];

    // Bình Phước's infant mortality: ≤ 6.5 ‰ by 2025, ≤ 5 ‰ by 2030 (lower is better).
    private static readonly Target[] InfantMortality = [T(2025, Comparator.AtMost, 6.5), T(2030, Comparator.AtMost, 5)];

    // An Giang's life expectancy: about 74.5 years in 2025, about 75 in 2030 ("~" is met within ±0.5).
    private static readonly Target[] LifeExpectancy = [T(2025, Comparator.About, 74.5), T(2030, Comparator.About, 75)];

    [Theory]
    [InlineData(81.0, TargetStatus.OnTrack)] // the line from 76.5 (2017) to 90 (2020) passes 81.0 in 2018
    [InlineData(79.0, TargetStatus.AtRisk)] // 2.0 behind, within a quarter of the 13.5-point span
    [InlineData(77.0, TargetStatus.OffTrack)] // 4.0 behind
    [InlineData(90.0, TargetStatus.Achieved)] // already meets the 2020 target
    public void BetweenBaselineAndTargetTheStraightLineDecides(double value, TargetStatus expected)
    {
        var result = TargetStatusEvaluator.Evaluate(Direction.Up, Coverage, 2018, value, _ => null);

        Assert.Equal(expected, result.Status);
        Assert.Equal(2020, result.Target!.Year);
        if (expected != TargetStatus.Achieved)
        {
            Assert.Equal(81.0, result.Expected!.Value, 9);
        }
    }

    [Theory]
    [InlineData(89.9, TargetStatus.NotAchieved)] // not "off track": the year has come, the target was missed
    [InlineData(90.0, TargetStatus.Achieved)]
    public void InTheTargetYearOnlyTheTargetCountsAndAMissIsNotAchieved(double value, TargetStatus expected)
    {
        var result = TargetStatusEvaluator.Evaluate(Direction.Up, Coverage, 2020, value, _ => null);

        Assert.Equal((expected, 2020, StatusBasis.TargetYear), (result.Status, result.Target!.Year, result.Basis));
    }

    [Fact]
    public void AfterAnEarlierTargetYearTheLineStartsFromWhatWasActuallyReached()
    {
        // 88 reached in 2020; the line to 95 in 2025 passes 90.8 in 2022.
        var result = TargetStatusEvaluator.Evaluate(Direction.Up, Coverage, 2022, 91, year => year == 2020 ? 88 : null);

        Assert.Equal(TargetStatus.OnTrack, result.Status);
        Assert.Equal(90.8, result.Expected!.Value, 9);
    }

    [Fact]
    public void WithoutABaselineAnUnmetTargetIsAtRisk()
    {
        var result = TargetStatusEvaluator.Evaluate(Direction.Down, InfantMortality, 2023, 8, _ => null);

        Assert.Equal((TargetStatus.AtRisk, StatusBasis.NoRoadmap), (result.Status, result.Basis));
        Assert.Null(result.Expected);
    }

    [Theory]
    [InlineData(6.2, TargetStatus.OnTrack)] // the line from 7 (2025) to 5 (2030) passes 6.2 in 2027
    [InlineData(6.5, TargetStatus.AtRisk)] // 0.3 above the line, within a quarter of the 2-point span
    [InlineData(7.0, TargetStatus.OffTrack)]
    [InlineData(4.9, TargetStatus.Achieved)]
    public void LowerIsBetterForMortality(double value, TargetStatus expected)
    {
        Assert.Equal(expected, TargetStatusEvaluator.Evaluate(Direction.Down, InfantMortality, 2027, value, year => year == 2025 ? 7 : null).Status);
    }

    [Theory]
    [InlineData(74.6, TargetStatus.Achieved)] // within ±0.5 of 75
    [InlineData(73.9, TargetStatus.OnTrack)] // the line passes 74.4 in 2027; 0.5 below is still "about"
    [InlineData(73.5, TargetStatus.OffTrack)]
    public void AboutTargetsAllowHalfAUnitEitherWay(double value, TargetStatus expected)
    {
        Assert.Equal(expected, TargetStatusEvaluator.Evaluate(Direction.Up, LifeExpectancy, 2027, value, year => year == 2025 ? 74.0 : null).Status);
    }

    [Theory]
    [InlineData(94.0, TargetStatus.NotAchieved)]
    [InlineData(95.5, TargetStatus.Achieved)]
    public void PastTheLastTargetYearTheLatestValueIsJudgedAgainstTheLastTargetAndSaysSo(double value, TargetStatus expected)
    {
        var result = TargetStatusEvaluator.Evaluate(Direction.Up, Coverage, 2031, value, _ => null);

        Assert.Equal((expected, 2030, StatusBasis.AfterLastTarget), (result.Status, result.Target!.Year, result.Basis));
        Assert.Null(result.Expected);
    }

    [Fact]
    public void AValueThatAlreadyMeetsTheNextTargetIsAchievedEarly()
    {
        var result = TargetStatusEvaluator.Evaluate(Direction.Up, Coverage, 2022, 96, year => year == 2020 ? 99 : null);

        Assert.Equal((TargetStatus.Achieved, 2025, StatusBasis.MetEarly), (result.Status, result.Target!.Year, result.Basis));
    }

    [Theory]
    // Long Xuyên's coverage: 99 % reached in 2020, ≥ 95 by 2025. A line from 99 to 95 would pass 96.6 in 2023 and
    // call 96 "behind"; the roadmap holds 95 instead, which 96 meets (achieved) and 94 misses by 1 point.
    [InlineData(94.0, TargetStatus.AtRisk)] // 1 behind the held 95, within a quarter of the 4-point span (99 → 95)
    [InlineData(93.5, TargetStatus.OffTrack)] // 1.5 behind
    public void ABaselineThatAlreadyMeetsTheTargetHoldsTheTargetInsteadOfSlopingAway(double value, TargetStatus expected)
    {
        var result = TargetStatusEvaluator.Evaluate(Direction.Up, Coverage, 2023, value, year => year == 2020 ? 99 : null);

        Assert.Equal(95.0, result.Expected!.Value, 9);
        Assert.Equal((expected, StatusBasis.Roadmap), (result.Status, result.Basis));
    }

    [Fact]
    public void AMortalityAlreadyUnderTheTargetIsNotExpectedToRise()
    {
        // 8.4 ‰ reached in 2025 under a ≤ 10 ‰ target for 2030: the roadmap stays at 10, never climbs from 8.4 to 10.
        var targets = new[] { T(2025, Comparator.AtMost, 12.5), T(2030, Comparator.AtMost, 10) };
        var result = TargetStatusEvaluator.Evaluate(Direction.Down, targets, 2027, 11, year => year == 2025 ? 8.4 : null);

        // 1 above the held 10; a quarter of the 1.6-point span is 0.4: off track.
        Assert.Equal((TargetStatus.OffTrack, StatusBasis.Roadmap), (result.Status, result.Basis));
        Assert.Equal(10.0, result.Expected!.Value, 9);
    }

    [Fact]
    public void NoValueOrNoTargetIsNoData()
    {
        Assert.Equal(TargetStatus.NoData, TargetStatusEvaluator.Evaluate(Direction.Up, Coverage, 2022, null, _ => null).Status);
        Assert.Equal(TargetStatus.NoData, TargetStatusEvaluator.Evaluate(Direction.Up, [Coverage[0]], 2022, 80, _ => null).Status);
    }

    // A commune's infant mortality plan: 14 ‰ in 2020, ≤ 10 ‰ by 2025, ≤ 8 ‰ by 2030.
    private static readonly Target[] CommuneInfantMortality = [T(2020, Comparator.Baseline, 14), T(2025, Comparator.AtMost, 10), T(2030, Comparator.AtMost, 8)];

    [Fact]
    public void AnUnstableValueWhoseIntervalHoldsTheTargetIsNotJudged()
    {
        // 19 deaths in 2,000 births in 2025: 9.5 ‰, Wilson 6.09 … 14.79 ‰ (StabilityTests): it could be either side of 10.
        var unsure = TargetStatusEvaluator.Evaluate(Direction.Down, CommuneInfantMortality, 2025, 9.5, _ => null, new Interval(6.09, 14.79));
        // 8 deaths in 150 births: 53.3 ‰, Wilson 27.3 … 101.7 ‰: unstable, but surely above 10.
        var missed = TargetStatusEvaluator.Evaluate(Direction.Down, CommuneInfantMortality, 2025, 53.3, _ => null, new Interval(27.3, 101.7));

        Assert.Equal((TargetStatus.NotEnoughData, StatusBasis.TargetYear, 10.0), (unsure.Status, unsure.Basis, unsure.Target!.Value));
        Assert.Equal(TargetStatus.NotAchieved, missed.Status);
    }

    [Fact]
    public void AnUnstableValueWhoseIntervalHoldsTheRoadmapValueIsNotJudged()
    {
        // 10 ‰ reached in 2025; the line to 8 ‰ in 2030 passes 9.2 ‰ in 2027. A value of 12 ‰ is 2.8 behind (off track
        // when stable); with 6.1 … 21 ‰ it might be on the line.
        var unsure = TargetStatusEvaluator.Evaluate(Direction.Down, CommuneInfantMortality, 2027, 12, y => y == 2025 ? 10 : null, new Interval(6.1, 21));
        var narrow = TargetStatusEvaluator.Evaluate(Direction.Down, CommuneInfantMortality, 2027, 12, y => y == 2025 ? 10 : null, new Interval(10.5, 13.5));

        Assert.Equal((TargetStatus.NotEnoughData, StatusBasis.Roadmap), (unsure.Status, unsure.Basis));
        Assert.Equal(9.2, unsure.Expected!.Value, 9);
        Assert.Equal(TargetStatus.OffTrack, narrow.Status);
    }

    private static Target T(int year, Comparator comparator, double value) => new()
    {
        PlanCode = "P", OrgUnitCode = "U", OrgUnitLabel = "U", IndicatorCode = "I", Year = year, Comparator = comparator, Value = value,
    };
}
