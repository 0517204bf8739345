using System.Net.Http.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Api;

[Collection(SeededAppCollection.Name)]
public sealed class IndicatorsApiTests(SeededAppFixture app)
{
    [Fact]
    public async Task ListContainsHealthInsuranceCoverageAndInfantMortalityWithTheirFormulas()
    {
        using var client = await app.Factory.CreateApiClientAsync();

        var indicators = await client.GetFromJsonAsync<IndicatorDto[]>("/api/indicators");

        Assert.NotNull(indicators);
        var coverage = Assert.Single(indicators, i => i.Code == "HI_COV");
        Assert.Equal(("ratio", "HI_INSURED", "POP", 100.0, "%", "up", 1), (coverage.Kind, coverage.Numerator, coverage.Denominator, coverage.Factor, coverage.Unit, coverage.Direction, coverage.Decimals));
        Assert.Equal("Tỷ lệ tham gia bảo hiểm y tế", coverage.NameVi);
        var infantMortality = Assert.Single(indicators, i => i.Code == "IMR");
        Assert.Equal(("DEATHS_U1", "LIVE_BIRTHS", 1000.0, "‰", "down"), (infantMortality.Numerator, infantMortality.Denominator, infantMortality.Factor, infantMortality.Unit, infantMortality.Direction));
    }

    [Fact]
    public async Task StatusSaysReadyOnceSeeded()
    {
        using var client = await app.Factory.CreateApiClientAsync();

        var status = await client.GetFromJsonAsync<Dictionary<string, object?>>("/api/status");

        Assert.Equal("ready", status!["state"]?.ToString());
    }
}
