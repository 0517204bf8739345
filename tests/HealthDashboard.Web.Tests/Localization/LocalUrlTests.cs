using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Tests.Localization;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/units/AG?x=1", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("units/AG", false)]
    [InlineData("/units/\nAG", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlyPathsOnThisSiteAreLocal(string? url, bool local)
    {
        Assert.Equal(local, LocalUrl.IsLocal(url));
    }
}
