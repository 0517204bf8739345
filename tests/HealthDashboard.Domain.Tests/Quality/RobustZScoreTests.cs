using HealthDashboard.Domain.Quality;

namespace HealthDashboard.Domain.Tests.Quality;

public class RobustZScoreTests
{
    private static readonly double[] Births = [10, 12, 11, 9, 13, 10, 11, 12];

    [Fact]
    public void TheScoreIsTheDistanceFromTheMedianInMedianAbsoluteDeviations()
    {
        // Median 11, deviations 1,1,0,2,2,1,0,1 → MAD 1; (20 − 11) × 0.6745 = 6.07.
        Assert.Equal(6.0705, RobustZScore.Of(20, Births)!.Value, 4);
        Assert.True(RobustZScore.IsOutlier(20, Births));
        Assert.False(RobustZScore.IsOutlier(14, Births));
    }

    [Fact]
    public void OneHugeEarlierValueDoesNotHideTheNextOne()
    {
        // A mean and standard deviation would be pulled up by the 500 and call 60 ordinary; the median is not.
        double[] history = [10, 12, 11, 9, 13, 10, 500];
        Assert.True(RobustZScore.IsOutlier(60, history));
    }

    [Fact]
    public void AShortHistoryJudgesNothing()
    {
        Assert.Null(RobustZScore.Of(1_000, [1, 2, 3, 4, 5]));
        Assert.False(RobustZScore.IsOutlier(1_000, [1, 2, 3, 4, 5]));
    }

    [Fact]
    public void AMostlyFlatHistoryStillScoresAChange()
    {
        // Six months of 8 villages and one of 9: MAD is 0, the mean absolute deviation is not.
        double[] villages = [8, 8, 8, 8, 8, 9, 8];
        Assert.True(RobustZScore.IsOutlier(30, villages));
        Assert.False(RobustZScore.IsOutlier(8, villages));
        Assert.Equal(0, RobustZScore.Of(5, [5, 5, 5, 5, 5, 5]));
        Assert.True(RobustZScore.IsOutlier(6, [5, 5, 5, 5, 5, 5]));
    }

    [Fact]
    public void TheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo()
    {
        Assert.Equal(2.5, RobustZScore.Median([4, 1, 3, 2]));
        Assert.Equal(3, RobustZScore.Median([5, 1, 3]));
    }
}
