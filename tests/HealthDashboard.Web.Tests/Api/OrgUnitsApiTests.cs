using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Api;

[Collection(SeededAppCollection.Name)]
public sealed class OrgUnitsApiTests(SeededAppFixture app)
{
    [Fact]
    public async Task ChildrenOfAnGiangAreItsElevenDistricts()
    {
        using var client = await app.Factory.CreateApiClientAsync();

        var units = await client.GetFromJsonAsync<OrgUnitDto[]>("/api/orgUnits?parent=AG");

        Assert.NotNull(units);
        Assert.Equal(11, units.Length);
        Assert.All(units, u =>
        {
            Assert.Equal("district", u.Kind);
            Assert.StartsWith("AG_", u.Code, StringComparison.Ordinal);
            Assert.Equal(3, u.Level);
            Assert.True(u.HasChildren);
        });
        Assert.Contains(units, u => u is { Code: "AG_LXU", Name: "Thành phố Long Xuyên", NameEn: "Long Xuyen City" });
    }

    [Fact]
    public async Task WithoutParentTheRootIsListed()
    {
        using var client = await app.Factory.CreateApiClientAsync();

        var units = await client.GetFromJsonAsync<OrgUnitDto[]>("/api/orgUnits");

        var root = Assert.Single(units!);
        Assert.Equal(("VN", "country", 1), (root.Code, root.Kind, root.Level));
    }

    [Fact]
    public async Task AHealthStationHasNoChildren()
    {
        using var client = await app.Factory.CreateApiClientAsync();

        var units = await client.GetFromJsonAsync<OrgUnitDto[]>("/api/orgUnits?parent=AG_LXU_01");

        var station = Assert.Single(units!);
        Assert.Equal(("AG_LXU_01_TYT", "station", false), (station.Code, station.Kind, station.HasChildren));
    }

    [Theory]
    [InlineData("NOPE")]
    [InlineData("AG_LXU_99'; DROP TABLE org_unit; --")]
    public async Task UnknownParentIsA404WithAJsonMessage(string parent)
    {
        using var client = await app.Factory.CreateApiClientAsync();

        var response = await client.GetAsync("/api/orgUnits?parent=" + Uri.EscapeDataString(parent));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<ApiMessage>();
        Assert.Contains(parent, body!.Message, StringComparison.Ordinal);
        Assert.Contains(parent, body.MessageEn, StringComparison.Ordinal);
    }
}
