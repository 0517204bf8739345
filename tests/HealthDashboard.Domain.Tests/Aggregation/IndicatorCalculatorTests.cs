using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Aggregation;

public class IndicatorCalculatorTests
{
    private static readonly DataElement Births = Element(1, "LIVE_BIRTHS", AggregationType.Sum);
    private static readonly DataElement InfantDeaths = Element(2, "DEATHS_U1", AggregationType.Sum);
    private static readonly DataElement Population = Element(3, "POP", AggregationType.LastValue);
    private static readonly DataElement Insured = Element(4, "HI_INSURED", AggregationType.LastValue);
    private static readonly DataElement Stunted = Element(5, "U5_STUNTED", AggregationType.Sum, PeriodType.Year);
    private static readonly DataElement Measured = Element(6, "U5_MEASURED", AggregationType.Sum, PeriodType.Year);
    private static readonly DataElement LifeExpectancy = Element(7, "STAT_LE", AggregationType.LastValue, PeriodType.Year);
    private static readonly DataElement Visits = Element(8, "OP_VISITS", AggregationType.Sum);
    private static readonly DataElement Deaths = Element(9, "DEATHS", AggregationType.Sum);

    private static readonly Dictionary<string, DataElement> Elements =
        new[] { Births, InfantDeaths, Population, Insured, Stunted, Measured, LifeExpectancy, Visits, Deaths }.ToDictionary(e => e.Code);

    private static readonly OrgUnit District = new() { Id = 10, Code = "D", NameVi = "D", NameEn = "D", Path = "/10/" };
    private const long CommuneA = 11;
    private const long CommuneB = 12;

    [Fact]
    public void RatioSumsNumeratorsAndDenominatorsBeforeDividing()
    {
        // Commune A: 1 death in 30 births (33.3‰); commune B: 5 in 970 (5.15‰). The district is 6/1000 = 6‰,
        // not the 19.2‰ an average of the two rates would claim.
        var values = new[]
        {
            V(Births, CommuneA, "202401", 30), V(InfantDeaths, CommuneA, "202401", 1),
            V(Births, CommuneB, "202401", 970), V(InfantDeaths, CommuneB, "202401", 5),
        };

        var result = Compute(Imr(), values, "202401");

        Assert.Equal(6.0, result.Value!.Value, 9);
        Assert.Equal(6, result.Numerator);
        Assert.Equal(1000, result.Denominator);
    }

    [Fact]
    public void FlowsSumTheMonthsOfTheQuarter()
    {
        var values = new[]
        {
            V(Births, CommuneA, "202401", 100), V(Births, CommuneA, "202402", 100), V(Births, CommuneA, "202403", 200),
            V(Births, CommuneA, "202404", 999), V(InfantDeaths, CommuneA, "202402", 2),
        };

        var result = Compute(Imr(), values, "2024Q1");

        Assert.Equal(400, result.Denominator);
        Assert.Equal(5.0, result.Value!.Value, 9);
    }

    [Fact]
    public void StocksTakeTheLastReportedMonthOfEachUnitThenAdd()
    {
        // A reports March, B last reported February: the quarter takes A's March and B's February.
        var values = new[]
        {
            V(Population, CommuneA, "202401", 1000), V(Population, CommuneA, "202403", 1100),
            V(Insured, CommuneA, "202401", 500), V(Insured, CommuneA, "202403", 990),
            V(Population, CommuneB, "202402", 900), V(Insured, CommuneB, "202402", 810),
        };

        var result = Compute(Coverage(), values, "2024Q1");

        Assert.Equal(2000, result.Denominator);
        Assert.Equal(1800, result.Numerator);
        Assert.Equal(90.0, result.Value!.Value, 9);
    }

    [Fact]
    public void YearlyElementsHaveNoMonthlyValue()
    {
        var values = new[] { V(Stunted, CommuneA, "2024", 20), V(Measured, CommuneA, "2024", 100) };
        var stunting = Ratio("STUNT_U5", "U5_STUNTED", "U5_MEASURED", 100);

        Assert.Equal(20.0, Compute(stunting, values, "2024").Value!.Value, 9);
        Assert.False(Compute(stunting, values, "202406").HasValue);
    }

    [Fact]
    public void StatIsTheUnitsOwnFigureNotItsChildren()
    {
        var le = new Indicator { Code = "LE", NameVi = "LE", NameEn = "LE", Kind = IndicatorKind.Stat, Numerator = [new Term("STAT_LE", 1)] };
        var values = new[] { V(LifeExpectancy, CommuneA, "2024", 70), V(LifeExpectancy, District.Id, "2024", 74.5) };

        Assert.Equal(74.5, Compute(le, values, "2024").Value);
        Assert.False(Compute(le, [values[0]], "2024").HasValue);
    }

    [Fact]
    public void AnnualisedRateScalesAMonthToAYear()
    {
        var visitsPerPerson = Ratio("VISITS_PC", "OP_VISITS", "POP", 1) with { Annualised = true };
        var values = new[] { V(Visits, CommuneA, "202401", 200), V(Population, CommuneA, "202401", 1200) };

        Assert.Equal(2.0, Compute(visitsPerPerson, values, "202401").Value!.Value, 9);
    }

    [Fact]
    public void AnnualisedRateOfAYearSoFarScalesByTheMonthsCovered()
    {
        var visitsPerPerson = Ratio("VISITS_PC", "OP_VISITS", "POP", 1) with { Annualised = true };
        var values = Enumerable.Range(1, 6).Select(m => V(Visits, CommuneA, $"2026{m:D2}", 100)).Append(V(Population, CommuneA, "202606", 600)).ToList();

        Assert.Equal(2.0, IndicatorCalculator.Compute(visitsPerPerson, Elements, District, values, Period.OfYear(2026), monthsCovered: 6).Value!.Value, 9);
        Assert.Equal(1.0, Compute(visitsPerPerson, values, "2026").Value!.Value, 9);
    }

    [Fact]
    public void SmallDenominatorMakesTheValueUnstable()
    {
        var values = new[] { V(Births, CommuneA, "202401", 30), V(InfantDeaths, CommuneA, "202401", 1) };

        var result = Compute(Imr() with { MinDenominator = 100 }, values, "202401");

        Assert.True(result.Unstable);
        Assert.Equal(33.33, result.Value!.Value, 2);
    }

    [Fact]
    public void DifferenceNumeratorSubtracts()
    {
        var growth = new Indicator
        {
            Code = "NAT_GROWTH", NameVi = "g", NameEn = "g", Kind = IndicatorKind.Ratio, Factor = 1000,
            Numerator = TermExpression.Parse("LIVE_BIRTHS - DEATHS"), Denominator = [new Term("POP", 1)],
        };
        var values = new[] { V(Births, CommuneA, "2024", 0), V(Births, CommuneA, "202401", 30), V(Deaths, CommuneA, "202401", 10), V(Population, CommuneA, "202401", 2000) };

        Assert.Equal(10.0, Compute(growth, values, "202401").Value!.Value, 9);
    }

    [Fact]
    public void NoDenominatorMeansNoValueButKeepsTheNumerator()
    {
        var result = Compute(Imr(), [V(InfantDeaths, CommuneA, "202401", 1)], "202401");

        Assert.False(result.HasValue);
        Assert.Equal(1, result.Numerator);
    }

    private static IndicatorResult Compute(Indicator indicator, IReadOnlyList<RawValue> values, string period) =>
        IndicatorCalculator.Compute(indicator, Elements, District, values, Period.Parse(period));

    private static Indicator Imr() => Ratio("IMR", "DEATHS_U1", "LIVE_BIRTHS", 1000);

    private static Indicator Coverage() => Ratio("HI_COV", "HI_INSURED", "POP", 100);

    private static Indicator Ratio(string code, string numerator, string denominator, double factor) => new()
    {
        Code = code, NameVi = code, NameEn = code, Kind = IndicatorKind.Ratio, Factor = factor,
        Numerator = [new Term(numerator, 1)], Denominator = [new Term(denominator, 1)],
    };

    private static DataElement Element(long id, string code, AggregationType aggregation, PeriodType reported = PeriodType.Month) => new()
    {
        Id = id, Code = code, NameVi = code, NameEn = code, Aggregation = aggregation, PeriodType = reported,
    };

    private static RawValue V(DataElement element, long unit, string period, double value) => new(element.Id, unit, Period.Parse(period), value);
}
