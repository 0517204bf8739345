using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Api;

public static class OrgUnitsApi
{
    /// <summary><c>GET /api/orgUnits?parent=CODE</c>: the children of a unit, or the roots without a parent.</summary>
    public static RouteGroupBuilder MapOrgUnitsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/orgUnits", async Task<IResult> (string? parent, OrgUnitCache units, HttpContext http, CancellationToken cancellationToken) =>
        {
            var tree = await units.TreeAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(parent))
            {
                // A key held to a subtree starts at its own unit rather than at roots it may not read.
                IReadOnlyList<HealthDashboard.Domain.OrgUnits.OrgUnit> top = http.User.IsApiKey() && http.User.ScopeUnit() is { } scope && tree.Find(scope) is { } scoped ? [scoped] : tree.Roots;
                return TypedResults.Ok(top.Select(u => OrgUnitDto.From(u, tree)));
            }

            if (tree.Find(parent.Trim()) is not { } unit)
            {
                return TypedResults.NotFound(new ApiMessage(
                    $"Không tìm thấy đơn vị có mã '{parent}'.",
                    $"No org unit has the code '{parent}'."));
            }

            if (!UnitScope.CanRead(http.User, tree, unit.Code))
            {
                return ApiScope.OutOfScope(parent);
            }

            return TypedResults.Ok(tree.ChildrenOf(unit).Select(u => OrgUnitDto.From(u, tree)));
        });
        return api;
    }
}
