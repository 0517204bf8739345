using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>A per-year rate over a period not over yet is scaled by the months the data covers, not by the whole period.</summary>
public class AnnualisedRateTests
{
    // Computed in September 2024. C3: 100 outpatient visits a month from January to June 2024 (and every month of 2023),
    // population 1000. Visits per person per year:
    //   2024 so far: 600 / 1000 × 12 / 6 = 1.2   (× 12/9 up to September would say 0.8, × 12/12 would say 0.6)
    //   2024Q2 (over): 300 / 1000 × 4 = 1.2;   March: 100 / 1000 × 12 = 1.2;   2023: 1200 / 1000 = 1.2
    private static FixtureSnapshot Visits()
    {
        var snapshot = new FixtureSnapshot { AsOf = Period.Month(2024, 9) };
        foreach (var year in new[] { 2023, 2024 })
        {
            for (var month = 1; month <= (year == 2024 ? 6 : 12); month++)
            {
                var period = Period.Month(year, month).ToString();
                snapshot.Add("OP_VISITS", "C3", period, 100).Add("POP", "C3", period, 1000);
            }
        }

        return snapshot;
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024Q2")]
    [InlineData("202403")]
    [InlineData("2023")]
    public void AnnualisedRateOverTheYearInProgressUsesTheMonthsCovered(string period)
    {
        Assert.Equal(1.2, Visits().Value("VISITS_PC", "P", period).Value!.Value, 9);
    }

    [Fact]
    public void MonthsCoveredCountsToTheLastMonthWithData()
    {
        var snapshot = Visits();
        var indicator = snapshot.Snapshot.Indicator("VISITS_PC")!;
        var province = snapshot.Snapshot.Units.IndexOf("P");

        Assert.Equal(6, snapshot.Snapshot.MonthsCovered(indicator, province, Period.OfYear(2024)));
        Assert.Null(snapshot.Snapshot.MonthsCovered(indicator, province, Period.OfYear(2023)));
        Assert.Null(snapshot.Snapshot.MonthsCovered(indicator, province, Period.Quarter(2024, 3)));
        Assert.False(snapshot.Value("VISITS_PC", "P", "2024Q3").HasValue);
    }

    [Fact]
    public void DifferenceNumeratorSubtractsBeforeAnnualising()
    {
        // Natural growth, C1, January–March 2024 (computed in September): births 10, deaths 4 a month, population 1000.
        // (30 − 12) / 1000 × 1000 × 12 / 3 = 72 ‰.
        var snapshot = new FixtureSnapshot { AsOf = Period.Month(2024, 9) };
        for (var month = 1; month <= 3; month++)
        {
            var period = Period.Month(2024, month).ToString();
            snapshot.Add("LIVE_BIRTHS", "C1", period, 10).Add("DEATHS", "C1", period, 4).Add("POP", "C1", period, 1000);
        }

        var result = snapshot.Value("NAT_GROWTH", "D1", "2024");
        Assert.Equal(18, result.Numerator);
        Assert.Equal(72.0, result.Value!.Value, 9);
    }
}
