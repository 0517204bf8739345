namespace HealthDashboard.Web.Api;

/// <summary>The answer to an API key asking about a unit outside its subtree.</summary>
public static class ApiScope
{
    public static IResult OutOfScope(string unitCode) => TypedResults.Json(new ApiMessage(
        $"Khóa API này không được dùng cho đơn vị '{unitCode}' (ngoài phạm vi được cấp).",
        $"This API key may not be used for the org unit '{unitCode}' (outside its subtree)."), statusCode: StatusCodes.Status403Forbidden);
}
