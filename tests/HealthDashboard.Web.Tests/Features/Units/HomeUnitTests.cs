using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Tests.Components;

namespace HealthDashboard.Web.Tests.Features.Units;

/// <summary>Where a page opens when its link names no unit: an officer's or leader's own unit, for everyone else the first province.</summary>
public sealed class HomeUnitTests
{
    [Theory]
    [InlineData(AppRoles.Officer)]
    [InlineData(AppRoles.Leader)]
    public void AnOfficerOrLeaderOpensOnTheirOwnUnit(string role)
    {
        Assert.Equal("AG_LXU", SampleUnits.Tree().DefaultUnitFor(User(role, "ag_lxu"))?.Code);
    }

    [Theory]
    [InlineData(AppRoles.Admin, "AG_LXU")]
    [InlineData(AppRoles.Kiosk, "AG_LXU")]
    [InlineData(AppRoles.Officer, null)]
    [InlineData(AppRoles.Officer, "")]
    [InlineData(AppRoles.Officer, "XX_GONE")]
    public void OthersKeepTheFirstProvince(string role, string? unit)
    {
        Assert.Equal("AG", SampleUnits.Tree().DefaultUnitFor(User(role, unit))?.Code);
    }

    [Fact]
    public void NoOneSignedInOrAPasswordToChangeKeepsTheFirstProvince()
    {
        var tree = SampleUnits.Tree();
        Assert.Equal("AG", tree.DefaultUnitFor(null)?.Code);
        Assert.Equal("AG", tree.DefaultUnitFor(new ClaimsPrincipal(new ClaimsIdentity()))?.Code);
        Assert.Equal("AG", tree.DefaultUnitFor(User(AppRoles.Officer, "AG_LXU", new Claim(AppClaims.MustChangePassword, "true")))?.Code);
    }

    private static ClaimsPrincipal User(string role, string? unit, params Claim[] more)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "someone"), new(ClaimTypes.Role, role) };
        if (unit is not null)
        {
            claims.Add(new Claim(AppClaims.Unit, unit));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims.Concat(more), "test"));
    }
}
