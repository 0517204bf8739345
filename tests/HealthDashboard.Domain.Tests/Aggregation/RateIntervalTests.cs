using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Aggregation;

public class RateIntervalTests
{
    [Fact]
    public void OneDeathInThirtyBirthsIsAnythingFromSixToOneHundredSixtySevenPerThousand()
    {
        var interval = RateInterval.Wilson(1, 30, 1000)!;

        Assert.Equal(5.91, interval.Low, 2);
        Assert.Equal(166.7, interval.High, 1);
    }

    [Fact]
    public void NoEventsStillHasAnUpperBound()
    {
        var interval = RateInterval.Wilson(0, 30, 1000)!;

        Assert.Equal(0, interval.Low);
        Assert.Equal(113.5, interval.High, 1);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void NoIntervalWhereAProportionMakesNoSense(double numerator, double denominator)
    {
        Assert.Null(RateInterval.Wilson(numerator, denominator, 1000));
    }

    [Fact]
    public void CalculatorGivesTheIntervalOnlyForUnstableValues()
    {
        var births = new DataElement { Id = 1, Code = "B", NameVi = "B", NameEn = "B", Aggregation = AggregationType.Sum, PeriodType = PeriodType.Month };
        var deaths = births with { Id = 2, Code = "D" };
        var imr = new Indicator
        {
            Code = "IMR", NameVi = "IMR", NameEn = "IMR", Kind = IndicatorKind.Ratio, Factor = 1000, MinDenominator = 100,
            Numerator = [new Term("D", 1)], Denominator = [new Term("B", 1)],
        };
        var elements = new Dictionary<string, DataElement> { ["B"] = births, ["D"] = deaths };
        var unit = new OrgUnit { Id = 9, Code = "C", NameVi = "C", NameEn = "C", Path = "/9/" };
        var month = Period.Month(2024, 1);

        var small = IndicatorCalculator.Compute(imr, elements, unit, [new(1, 9, month, 30), new(2, 9, month, 1)], month);
        var large = IndicatorCalculator.Compute(imr, elements, unit, [new(1, 9, month, 3000), new(2, 9, month, 100)], month);

        Assert.Equal(166.7, small.Interval95!.High, 1);
        Assert.Null(large.Interval95);
    }
}
