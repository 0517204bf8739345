using System.Security.Claims;
using HealthDashboard.Web.Features.Security;

namespace HealthDashboard.Web.Api;

/// <summary>The answer to an API key asking about a unit outside its subtree, or a kiosk about a unit its wall does not show.</summary>
public static class ApiScope
{
    public static IResult OutOfScope(ClaimsPrincipal caller, string unitCode) =>
        caller.IsKiosk() ? OutsideWall(unitCode) : OutOfScope(unitCode);

    public static IResult OutOfScope(string unitCode) => TypedResults.Json(new ApiMessage(
        $"Khóa API này không được dùng cho đơn vị '{unitCode}' (ngoài phạm vi được cấp).",
        $"This API key may not be used for the org unit '{unitCode}' (outside its subtree)."), statusCode: StatusCodes.Status403Forbidden);

    public static IResult OutsideWall(string unitCode) => TypedResults.Json(new ApiMessage(
        $"Màn hình trình chiếu này không hiển thị đơn vị '{unitCode}'.",
        $"This wall screen does not show the org unit '{unitCode}'."), statusCode: StatusCodes.Status403Forbidden);
}
