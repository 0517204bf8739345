using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Web.Features.Overview;

namespace HealthDashboard.Web.Tests.Features;

public sealed class TileStatusTests
{
    private static readonly Indicator Coverage = new() { Code = "HI_COV", NameVi = "BHYT", NameEn = "HI", Decimals = 1, Unit = "%" };

    private static Target AtLeast95 => new()
    {
        PlanCode = "AG-NQ20", OrgUnitCode = "AG", OrgUnitLabel = "An Giang", IndicatorCode = "HI_COV",
        Year = 2030, Comparator = Comparator.AtLeast, Value = 95,
    };

    private static IndicatorResult Value(double? value) => new(value, value, 100, false);

    [Fact]
    public void AValueShownAsTheTargetMeetsIt()
    {
        // 94.96 prints as "95,0": the chip must not contradict the number people read.
        Assert.Equal(TileStatus.Achieved, IndicatorTileBuilder.StatusOf(Coverage, Value(94.96), AtLeast95));
    }

    [Fact]
    public void AValueShownBelowTheTargetDoesNotMeetIt()
    {
        Assert.Equal(TileStatus.NotMet, IndicatorTileBuilder.StatusOf(Coverage, Value(94.94), AtLeast95));
    }

    [Fact]
    public void NoValueIsNoDataEvenWithATarget()
    {
        Assert.Equal(TileStatus.NoData, IndicatorTileBuilder.StatusOf(Coverage, Value(null), AtLeast95));
    }

    [Fact]
    public void AValueWithoutATargetHasNoStatus()
    {
        Assert.Equal(TileStatus.NoTarget, IndicatorTileBuilder.StatusOf(Coverage, Value(97), null));
    }

    [Fact]
    public void ALowerIsBetterTargetIsMetFromBelow()
    {
        var imr = Coverage with { Code = "IMR", Direction = Direction.Down };
        var atMost = AtLeast95 with { IndicatorCode = "IMR", Comparator = Comparator.AtMost, Value = 12.5 };

        Assert.Equal((TileStatus.Achieved, TileStatus.NotMet),
            (IndicatorTileBuilder.StatusOf(imr, Value(12.54), atMost), IndicatorTileBuilder.StatusOf(imr, Value(12.56), atMost)));
    }
}
