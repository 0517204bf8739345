using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Tests.Features;

public sealed class UnitRoutesTests
{
    [Theory]
    [InlineData("units/AG_LXU", "AG_LXU")]
    [InlineData("units/AG_LXU/", "AG_LXU")]
    [InlineData("Units/ag?tab=1", "ag")]
    [InlineData("units/A%20B#top", "A B")]
    [InlineData("", null)]
    [InlineData("units/", null)]
    [InlineData("units/a/b", null)]
    [InlineData("culture?c=en-US", null)]
    public void TheUnitCodeIsReadFromTheAddress(string relativePath, string? code)
    {
        Assert.Equal(code, UnitRoutes.CodeFromRelativePath(relativePath));
    }

    [Fact]
    public void AnOverviewLinkEscapesTheCode()
    {
        Assert.Equal("/units/A%20B", UnitRoutes.Overview("A B"));
    }
}
