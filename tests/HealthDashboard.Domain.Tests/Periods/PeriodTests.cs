using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Periods;

public class PeriodTests
{
    [Theory]
    [InlineData("202401", PeriodType.Month, 2024, 1)]
    [InlineData("202412", PeriodType.Month, 2024, 12)]
    [InlineData("2024Q1", PeriodType.Quarter, 2024, 1)]
    [InlineData("2024Q4", PeriodType.Quarter, 2024, 4)]
    [InlineData("2024", PeriodType.Year, 2024, 1)]
    public void ParsesAndPrintsTheDhis2Notation(string text, PeriodType type, int year, int index)
    {
        var period = Period.Parse(text);

        Assert.Equal(type, period.Type);
        Assert.Equal(year, period.Year);
        Assert.Equal(index, period.Index);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-01")]
    [InlineData("202413")]
    [InlineData("202400")]
    [InlineData("2024Q5")]
    [InlineData("2024Q0")]
    [InlineData("24")]
    [InlineData("abcd")]
    [InlineData("1800")]
    [InlineData("2024W01")]
    public void RejectsWhatIsNotAPeriod(string text)
    {
        Assert.False(Period.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Period.Parse(text));
    }

    [Fact]
    public void QuarterSpansItsThreeMonths()
    {
        var q2 = Period.Quarter(2024, 2);

        Assert.Equal(new DateOnly(2024, 4, 1), q2.Start);
        Assert.Equal(new DateOnly(2024, 6, 30), q2.End);
        Assert.Equal(["202404", "202405", "202406"], q2.Months().Select(m => m.ToString()));
        Assert.True(q2.Contains(Period.Month(2024, 6)));
        Assert.False(q2.Contains(Period.Month(2024, 7)));
    }

    [Fact]
    public void MonthKnowsItsQuarterAndYear()
    {
        var may = Period.Month(2024, 5);

        Assert.Equal("2024Q2", may.ContainingOf(PeriodType.Quarter).ToString());
        Assert.Equal("2024", may.ContainingOf(PeriodType.Year).ToString());
        Assert.Throws<ArgumentException>(() => Period.OfYear(2024).ContainingOf(PeriodType.Month));
    }

    [Fact]
    public void NextAndPreviousCrossYearBoundaries()
    {
        Assert.Equal("202501", Period.Month(2024, 12).Next().ToString());
        Assert.Equal("2023Q4", Period.Quarter(2024, 1).Previous().ToString());
        Assert.Equal("2025", Period.OfYear(2024).Next().ToString());
    }

    [Fact]
    public void FebruaryEndsOnTheLeapDay()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Period.Month(2024, 2).End);
        Assert.Equal(new DateOnly(2023, 2, 28), Period.Month(2023, 2).End);
    }

    [Fact]
    public void SortsByStartThenShorterFirst()
    {
        var sorted = new[] { Period.OfYear(2024), Period.Month(2024, 2), Period.Quarter(2024, 1), Period.Month(2024, 1) }.Order();

        Assert.Equal(["202401", "2024Q1", "2024", "202402"], sorted.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("202405", "vi-VN", "Tháng 5/2024")]
    [InlineData("2024Q2", "vi-VN", "Quý 2/2024")]
    [InlineData("2024", "vi-VN", "Năm 2024")]
    [InlineData("202405", "en-US", "May 2024")]
    [InlineData("2024Q2", "en-US", "Q2 2024")]
    public void FormatsForPeopleInVietnameseAndEnglish(string period, string culture, string expected)
    {
        Assert.Equal(expected, PeriodFormatter.Format(Period.Parse(period), System.Globalization.CultureInfo.GetCultureInfo(culture)));
    }
}
