using HealthDashboard.Domain.Quality;

namespace HealthDashboard.Domain.Tests.Quality;

public class RobustZScoreTests
{
    private static readonly double[] Visits = [200, 230, 215, 190, 240, 205, 220, 225];

    [Fact]
    public void TheScoreIsTheDistanceFromTheMedianInRobustStandardDeviations()
    {
        // Median 217.5; deviations 17.5, 12.5, 2.5, 27.5, 22.5, 12.5, 2.5, 7.5 → MAD 12.5, spread 12.5 / 0.6745 = 18.53.
        Assert.Equal((300 - 217.5) * 0.6745 / 12.5, RobustZScore.Of(300, Visits)!.Value, 9);
        Assert.True(RobustZScore.IsOutlier(300, Visits));
        Assert.False(RobustZScore.IsOutlier(260, Visits));
    }

    [Fact]
    public void OneHugeEarlierValueDoesNotHideTheNextOne()
    {
        // A mean and standard deviation would be pulled up by the 5,000 and call 400 ordinary; the median is not.
        double[] history = [200, 230, 215, 190, 240, 205, 5_000];
        Assert.True(RobustZScore.IsOutlier(400, history));
    }

    [Fact]
    public void ACountOfRareEventsIsJudgedAgainstItsChanceVariationNotAgainstARunOfZeros()
    {
        // A station's deaths: median 0 and MAD 0. Two deaths are chance (spread at least √1); twelve are not.
        double[] deaths = [0, 0, 1, 0, 0, 0, 0, 1];
        Assert.Equal(2, RobustZScore.Of(2, deaths));
        Assert.False(RobustZScore.IsOutlier(2, deaths));
        Assert.True(RobustZScore.IsOutlier(12, deaths));
    }

    [Fact]
    public void AShortHistoryJudgesNothing()
    {
        Assert.Null(RobustZScore.Of(1_000, [1, 2, 3, 4, 5]));
        Assert.False(RobustZScore.IsOutlier(1_000, [1, 2, 3, 4, 5]));
    }

    [Fact]
    public void AFlatHistoryStillScoresABigChangeAndNeverDividesByZero()
    {
        double[] villages = [8, 8, 8, 8, 8, 9, 8];
        Assert.True(RobustZScore.IsOutlier(30, villages));
        Assert.False(RobustZScore.IsOutlier(8, villages));
        Assert.Equal(0, RobustZScore.Of(5, [5, 5, 5, 5, 5, 5]));
        Assert.True(double.IsFinite(RobustZScore.Of(6, [5, 5, 5, 5, 5, 5])!.Value));
    }

    [Fact]
    public void ASeriesIsScoredAsEachValueWouldBeAgainstTheWholeSeries()
    {
        double[] series = [.. Visits, 300];
        var scores = RobustZScore.OfSeries(series);
        Assert.Equal(RobustZScore.Of(300, series)!.Value, scores[^1]!.Value, 9);
        Assert.All(RobustZScore.OfSeries([1, 2, 3]), s => Assert.Null(s));
    }

    [Fact]
    public void TheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo()
    {
        Assert.Equal(2.5, RobustZScore.Median([4, 1, 3, 2]));
        Assert.Equal(3, RobustZScore.Median([5, 1, 3]));
    }
}
