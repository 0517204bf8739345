using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Api;

public static class OrgUnitsApi
{
    /// <summary><c>GET /api/orgUnits?parent=CODE</c>: the children of a unit, or the roots without a parent.</summary>
    public static RouteGroupBuilder MapOrgUnitsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/orgUnits", async Task<IResult> (string? parent, OrgUnitCache units, CancellationToken cancellationToken) =>
        {
            var tree = await units.TreeAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(parent))
            {
                return TypedResults.Ok(tree.Roots.Select(u => OrgUnitDto.From(u, tree)));
            }

            if (tree.Find(parent.Trim()) is not { } unit)
            {
                return TypedResults.NotFound(new ApiMessage(
                    $"Không tìm thấy đơn vị có mã '{parent}'.",
                    $"No org unit has the code '{parent}'."));
            }

            return TypedResults.Ok(tree.ChildrenOf(unit).Select(u => OrgUnitDto.From(u, tree)));
        });
        return api;
    }
}
