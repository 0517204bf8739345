using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Security;

/// <summary>Which org units a user may read and write: people read all; officers write their subtree; keys both, in their subtree.</summary>
public static class UnitScope
{
    /// <summary>Whether <paramref name="unitCode"/> is the scope unit or below it. An unknown unit is in no one's scope.</summary>
    public static bool Contains(OrgUnitTree tree, string scopeCode, string unitCode)
    {
        if (tree.Find(scopeCode.Trim()) is not { } scope || tree.Find(unitCode.Trim()) is not { } unit)
        {
            return false;
        }

        return unit.Id == scope.Id || tree.AncestorsOf(unit).Any(a => a.Id == scope.Id);
    }

    public static bool CanRead(ClaimsPrincipal user, OrgUnitTree tree, string unitCode)
    {
        if (user.IsPerson() && !user.MustChangePassword())
        {
            return true;
        }

        return user.IsApiKey() && user.ScopeUnit() is { } scope && Contains(tree, scope, unitCode);
    }

    public static bool CanWrite(ClaimsPrincipal user, OrgUnitTree tree, string unitCode)
    {
        if (user.MustChangePassword())
        {
            return false;
        }

        if (user.IsInRole(AppRoles.Admin))
        {
            return true;
        }

        return (user.IsInRole(AppRoles.Officer) || user.IsApiKey()) && user.ScopeUnit() is { } scope && Contains(tree, scope, unitCode);
    }
}
