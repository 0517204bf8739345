using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Tests.Infrastructure;
using HealthDashboard.Web.Tests.Realtime;

namespace HealthDashboard.Web.Tests.Api;

[Collection(RealtimeAppCollection.Name)]
public sealed class AggregatesApiTests(RealtimeAppFixture fixture)
{
    [Fact]
    public async Task AnAggregateAgreesWithTheCalculatorOverTheSubtreeAndCarriesItsTargetAndStatus()
    {
        var expected = await ExpectedFigures.ForAsync(fixture.Database, "AG_LXU");
        var (year, result) = expected.Latest("HI_COV", wholeYears: true) ?? throw new InvalidOperationException("The sample has no HI_COV for Long Xuyên.");

        var aggregate = await fixture.App.Http.GetFromJsonAsync<AggregateDto>($"/api/aggregates?indicator=hi_cov&orgUnit=ag_lxu&period={year}");

        Assert.NotNull(aggregate);
        Assert.Equal(("HI_COV", "AG_LXU", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), (aggregate.Indicator, aggregate.OrgUnit, aggregate.Period));
        Assert.Equal(result.Numerator, aggregate.Numerator);
        Assert.Equal(result.Denominator, aggregate.Denominator);
        Assert.Equal(result.Value!.Value, aggregate.Value!.Value, 9);
        // An Giang's plan sets the targets of its districts.
        Assert.Equal("AG-NQ20", aggregate.Target?.Plan);
        Assert.True(aggregate.Target!.Year >= year);
        Assert.Contains(aggregate.Status, new[] { "achieved", "on_track", "at_risk", "off_track", "not_achieved" });
        Assert.Contains(aggregate.StatusBasis, new[] { "target_year", "after_last_target", "met_early", "roadmap", "no_roadmap" });
        Assert.True(aggregate.ComputedAt > DateTimeOffset.UtcNow.AddDays(-1));
    }

    [Fact]
    public async Task AMonthIsNotJudgedAgainstAYearlyTargetAndAPeriodWithoutAValueHasNoStatus()
    {
        // A station's infant mortality in a month before the sample's data: no value, so no status (a month without a
        // value once had its year's "achieved"), and no target or roadmap value beside it.
        var empty = await fixture.App.Http.GetFromJsonAsync<AggregateDto>("/api/aggregates?indicator=IMR&orgUnit=AG_LXU_04_TYT&period=201006");
        Assert.Equal(((double?)null, "no_data", (string?)null, (double?)null), (empty!.Value, empty.Status, empty.StatusBasis, empty.Expected));

        var month = await fixture.App.Http.GetFromJsonAsync<AggregateDto>("/api/aggregates?indicator=HI_COV&orgUnit=AG_LXU&period=202401");
        Assert.NotNull(month!.Value);
        Assert.Equal(("not_judged", (string?)null), (month.Status, month.StatusBasis));
    }

    [Theory]
    [InlineData("indicator=NOPE&orgUnit=AG&period=2024", HttpStatusCode.NotFound, "indicator")]
    [InlineData("indicator=HI_COV&orgUnit=NOPE&period=2024", HttpStatusCode.NotFound, "org unit")]
    [InlineData("indicator=HI_COV&orgUnit=AG&period=24", HttpStatusCode.BadRequest, "not a period")]
    [InlineData("indicator=HI_COV&orgUnit=AG", HttpStatusCode.BadRequest, "needed")]
    public async Task UnknownCodesAre404AndBadQueriesAre400WithAMessage(string query, HttpStatusCode status, string says)
    {
        using var response = await fixture.App.Http.GetAsync("/api/aggregates?" + query);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(says, (await response.Content.ReadFromJsonAsync<ApiMessage>())!.MessageEn);
    }
}
