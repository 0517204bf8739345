using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>Values stored by hand beyond every range: the engine gives no value, never Infinity or NaN, and says where.</summary>
public class OverflowTests
{
    [Fact]
    public void ATotalBeyondADoubleIsNoValueAndIsReportedAsAnOverflow()
    {
        var fixture = new FixtureSnapshot()
            .Add("BUDGET_PREVENTIVE", "D1", "2024", 1.79e308).Add("BUDGET_HEALTH", "D1", "2024", 1.79e308)
            .Add("BUDGET_PREVENTIVE", "D2", "2024", 1.79e308).Add("BUDGET_HEALTH", "D2", "2024", 1.79e308);

        // Each district alone is a finite 100 %; their sum is not a number a double holds.
        Assert.Equal(100, fixture.Value("PREV_BUDGET", "D1", "2024").Value!.Value, 9);
        Assert.Null(fixture.Element("BUDGET_PREVENTIVE", "P", "2024"));
        Assert.Null(fixture.Value("PREV_BUDGET", "P", "2024").Value);
        Assert.Null(fixture.Value("PREV_BUDGET", "VN", "2024").Numerator);
        // P and VN, for each element, in the year's cell.
        Assert.Equal(new Dictionary<string, int> { ["BUDGET_PREVENTIVE"] = 2, ["BUDGET_HEALTH"] = 2 }, SnapshotOverflow.Find(fixture.Snapshot));
    }

    [Fact]
    public void AFiniteNumeratorOverATinyDenominatorIsNoValueNotInfinity()
    {
        var fixture = new FixtureSnapshot().Add("BUDGET_PREVENTIVE", "D1", "2024", 1.79e308).Add("BUDGET_HEALTH", "D1", "2024", 1e-300);

        var result = fixture.Value("PREV_BUDGET", "D1", "2024");

        Assert.Null(result.Value);
        Assert.Empty(SnapshotOverflow.Find(fixture.Snapshot));
    }

    [Fact]
    public void ASumOfTermsBeyondADoubleIsNoValue()
    {
        // NAT_GROWTH's numerator is births − deaths: Infinity − Infinity would be NaN.
        var fixture = new FixtureSnapshot()
            .Add("LIVE_BIRTHS", "C1", "202403", 1.79e308).Add("LIVE_BIRTHS", "C2", "202403", 1.79e308)
            .Add("DEATHS", "C1", "202403", 1.79e308).Add("DEATHS", "C2", "202403", 1.79e308).Add("POP", "C1", "202403", 1000);

        Assert.Null(fixture.Value("NAT_GROWTH", "D1", "202403").Value);
    }
}
