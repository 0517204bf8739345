using System.Security.Claims;
using HealthDashboard.Data.Schema;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Features.Security;

/// <summary>A signed-in person's claims: id, name, display name, role, unit subtree, and whether the password must change first.</summary>
public sealed class AppClaimsFactory(UserManager<AppUserEntity> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUserEntity>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUserEntity user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        if (user.UnitCode is { } unit)
        {
            identity.AddClaim(new Claim(AppClaims.Unit, unit));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AppClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
