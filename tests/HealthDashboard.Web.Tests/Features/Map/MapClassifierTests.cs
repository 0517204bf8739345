using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Map;

namespace HealthDashboard.Web.Tests.Features.Map;

public sealed class MapClassifierTests
{
    private static (IndicatorResult, TargetStatus) Area(double? value, TargetStatus status) => (new IndicatorResult(value, value, 100, false), status);

    [Fact]
    public void EachStatusGetsItsOwnOkabeItoColourAndNoDataIsListedLast()
    {
        var scheme = MapClassifier.Classify(
        [
            Area(96, TargetStatus.Achieved), Area(91, TargetStatus.OnTrack), Area(88, TargetStatus.AtRisk),
            Area(70, TargetStatus.OffTrack), Area(null, TargetStatus.NoData), Area(97, TargetStatus.Achieved),
        ], decimals: 1);

        Assert.Equal(MapColouring.Status, scheme.Colouring);
        Assert.Equal(["achieved", "on_track", "at_risk", "off_track", "no_data"], scheme.Entries.Select(e => e.Key));
        Assert.Equal(["#0072B2", "#009E73", "#E69F00", "#D55E00", "#E6E8EB"], scheme.Entries.Select(e => e.Colour));
        Assert.Equal([2, 1, 1, 1, 1], scheme.Entries.Select(e => e.Count));
        Assert.Equal([0, 1, 2, 3, 4, 0], scheme.AreaClasses);
    }

    [Fact]
    public void NoDataIsListedEvenWhenNoAreaLacksData()
    {
        var scheme = MapClassifier.Classify([Area(96, TargetStatus.Achieved)], decimals: 1);

        var noData = scheme.Entries[^1];
        Assert.True(noData.IsNoData);
        Assert.Equal(0, noData.Count);
    }

    [Fact]
    public void AValueWithoutATargetAmongTargetedAreasIsItsOwnClass()
    {
        var scheme = MapClassifier.Classify([Area(96, TargetStatus.Achieved), Area(50, TargetStatus.NoData)], decimals: 1);

        Assert.Equal(["achieved", "on_track", "at_risk", "off_track", "no_target", "no_data"], scheme.Entries.Select(e => e.Key));
        Assert.Equal("no_target", scheme.EntryOf(1).Key);
    }

    [Fact]
    public void WithoutAnyTargetTheValuesAsShownAreSplitIntoQuartiles()
    {
        // As shown with one decimal: 1.04 → 1.0 and 1.96 → 2.0; ranks 2, 4, 6 of [1 2 3 4 5 6 7 8] → breaks 2, 4, 6.
        var scheme = MapClassifier.Classify(
        [
            Area(1.04, TargetStatus.NoData), Area(1.96, TargetStatus.NoData), Area(3, TargetStatus.NoData), Area(4, TargetStatus.NoData),
            Area(5, TargetStatus.NoData), Area(6, TargetStatus.NoData), Area(7, TargetStatus.NoData), Area(8, TargetStatus.NoData),
            Area(null, TargetStatus.NoData),
        ], decimals: 1);

        Assert.Equal(MapColouring.Quantiles, scheme.Colouring);
        Assert.Equal(["q0", "q1", "q2", "q3", "no_data"], scheme.Entries.Select(e => e.Key));
        Assert.Equal([(null, 2.0), (2.0, 4.0), (4.0, 6.0), (6.0, null), (null, null)], scheme.Entries.Select(e => (e.Low, e.High)));
        Assert.Equal([0, 0, 1, 1, 2, 2, 3, 3, 4], scheme.AreaClasses);
        Assert.Equal(["#E0ECF4", "#9EBCDA", "#8C6BB1", "#6E016B", "#E6E8EB"], scheme.Entries.Select(e => e.Colour));
    }

    [Fact]
    public void TwoQuantileClassesTakeTheEndsOfTheRamp()
    {
        var scheme = MapClassifier.Classify([Area(1, TargetStatus.NoData), Area(1, TargetStatus.NoData), Area(9, TargetStatus.NoData)], decimals: 0);

        Assert.Equal(["#E0ECF4", "#6E016B"], scheme.Entries.Where(e => !e.IsNoData).Select(e => e.Colour));
        Assert.Equal([0, 0, 1], scheme.AreaClasses);
    }

    [Fact]
    public void AMapWithNoValuesAtAllIsAllNoData()
    {
        var scheme = MapClassifier.Classify([Area(null, TargetStatus.NoData), Area(null, TargetStatus.NoData)], decimals: 1);

        Assert.Equal(["no_data"], scheme.Entries.Select(e => e.Key));
        Assert.Equal([0, 0], scheme.AreaClasses);
        Assert.Equal(2, scheme.Entries[0].Count);
    }
}
