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

    [Theory]
    [InlineData("units/AG_LXU", true, "AG_LXU")]
    [InlineData("", true, null)]
    [InlineData("?plan=X", true, null)]
    [InlineData("map?unit=AG_LXU&level=commune", true, "AG_LXU")]
    [InlineData("Trends?indicator=HI_COV&unit=%20AG_TTO%20", true, "AG_TTO")]
    [InlineData("rankings/?unit=AG#top", true, "AG")]
    [InlineData("map", true, null)]
    [InlineData("trends?unit=", true, null)]
    [InlineData("report/AG_LXU_04_TYT/202410#report-conflicts", true, "AG_LXU_04_TYT")]
    [InlineData("report", false, null)]
    [InlineData("quality?unit=AG_LXU", false, null)]
    [InlineData("admin/users", false, null)]
    public void TheShownUnitIsReadFromThePathOrTheUnitQuery(string relativeAddress, bool showsUnit, string? code)
    {
        Assert.Equal((showsUnit, code), (UnitRoutes.TryReadShownUnit(relativeAddress, out var read), read));
    }

    [Fact]
    public void AnOverviewLinkEscapesTheCode()
    {
        Assert.Equal("/units/A%20B", UnitRoutes.Overview("A B"));
    }
}
