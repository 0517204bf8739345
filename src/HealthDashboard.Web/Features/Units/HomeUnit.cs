using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Security;

namespace HealthDashboard.Web.Features.Units;

public static class HomeUnit
{
    /// <summary>
    /// The unit a page opens on when its link names none. An officer or leader whose account belongs to a unit works on
    /// that unit's figures day to day, so they land there; an admin (who looks after the whole system), a kiosk (whose
    /// wall names its own units) and anyone whose unit has gone from the tree keep <see cref="OrgUnitTreeExtensions.DefaultUnit"/>.
    /// </summary>
    public static OrgUnit? DefaultUnitFor(this OrgUnitTree tree, ClaimsPrincipal? user)
    {
        if (user is not null && !user.IsInRole(AppRoles.Admin) && (user.IsInRole(AppRoles.Officer) || user.IsInRole(AppRoles.Leader))
            && user.ScopeUnit() is { Length: > 0 } code && tree.Find(code.Trim()) is { } home && UnitScope.CanRead(user, tree, home.Code))
        {
            return home;
        }

        return tree.DefaultUnit();
    }
}
