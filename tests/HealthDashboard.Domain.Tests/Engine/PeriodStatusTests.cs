using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>
/// The status the API and the hub give a period. C1's coverage is 80 % in December 2024: behind the province's line
/// (86 % in 2024), so the year 2024 is "at risk" or worse; its month and quarter are not judged against a yearly
/// target, and a month without a value has no status at all.
/// </summary>
public class PeriodStatusTests
{
    private static readonly FixtureSnapshot Coverage = new FixtureSnapshot().Add("POP", "C1", "202412", 1000).Add("HI_INSURED", "C1", "202412", 800);

    [Theory]
    [InlineData("2024", "off_track")] // 6 behind 86, more than a quarter of the 20-point span
    [InlineData("2024Q4", PeriodStatus.NotJudged)]
    [InlineData("202412", PeriodStatus.NotJudged)]
    [InlineData("202406", "no_data")] // the year has a status; this month has no value
    [InlineData("2023", "no_data")]
    public void AYearIsJudgedAMonthOrQuarterIsNotAndNoValueIsNoData(string period, string expected)
    {
        var snapshot = Coverage.Snapshot;
        var (indicator, unit) = (snapshot.Indicator("HI_COV")!, snapshot.Units.IndexOf("C1"));
        var when = Period.Parse(period);

        Assert.Equal(expected, PeriodStatus.Of(snapshot, indicator, unit, when, snapshot.Value(indicator, unit, when)).Name);
    }
}
