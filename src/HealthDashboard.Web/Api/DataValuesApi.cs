using HealthDashboard.Web.Features.DataValues;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Api;

public static class DataValuesApi
{
    /// <summary>The audit log's channel for values written through the API (the actor is the key's name).</summary>
    public const string Via = "api";

    /// <summary>
    /// <c>POST /api/dataValues</c> (one value; <c>POST /api/dataValueSets</c> is <see cref="DataValueSetImportApi"/>):
    /// all values saved or none, 400 with every problem, for API keys only, each value's unit inside the key's subtree
    /// (403 naming those outside it). The key is checked before readiness, so a caller without one learns nothing about
    /// the server's state.
    /// </summary>
    public static RouteGroupBuilder MapDataValuesApi(this RouteGroupBuilder api)
    {
        var writes = api.MapGroup("").AddEndpointFilter<ReadinessFilter>();
        writes.MapPost("/dataValues", (HttpRequest request, DataValueWriter writer, OrgUnitCache units) => SaveAsync(request, writer, units, isSet: false));
        // Read up to 64 MB so a body over the 20 MB import limit gets the import summary's message, not Kestrel's 413.
        writes.MapPost("/dataValueSets", DataValueSetImportApi.ImportAsync).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(
            Features.Import.ImportLimits.MaxRequestBytes));
        return api;
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, DataValueWriter writer, OrgUnitCache units, bool isSet)
    {
        try
        {
            var (inputs, problem) = await DataValueRequestReader.ReadAsync(request, isSet);
            if (problem is not null)
            {
                return TypedResults.BadRequest(ApiValidationFailure.Of([problem]));
            }

            var user = request.HttpContext.User;
            var tree = await units.TreeAsync(request.HttpContext.RequestAborted);
            var outside = inputs
                .Select((input, index) => (input, index))
                .Where(x => x.input.OrgUnit is { Length: > 0 } code && tree.Find(code.Trim()) is not null && !UnitScope.CanWrite(user, tree, code))
                .Select(x => new DataValueProblem(x.index, "orgUnit",
                    $"Khóa API này không được ghi cho đơn vị '{x.input.OrgUnit}' (ngoài phạm vi được cấp).",
                    $"This API key may not write for the org unit '{x.input.OrgUnit}' (outside its subtree)."))
                .ToList();
            if (outside.Count > 0)
            {
                return TypedResults.Json(ApiValidationFailure.Of(outside), statusCode: StatusCodes.Status403Forbidden);
            }

            var result = await writer.WriteAsync(inputs, user.AuditName(), Via, request.HttpContext.RequestAborted);
            return result.Saved
                ? TypedResults.Ok(new { created = result.Created, updated = result.Updated, deleted = result.Deleted })
                : TypedResults.BadRequest(ApiValidationFailure.Of(result.Problems));
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's own refusals, such as a body over the size limit (413).
            return TypedResults.Json(new ApiMessage("Yêu cầu không hợp lệ: " + error.Message, "Bad request: " + error.Message), statusCode: error.StatusCode);
        }
    }
}
