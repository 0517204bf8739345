using System.Data.Common;
using HealthDashboard.Web.Features.DataValues;

namespace HealthDashboard.Web.Api;

public static class DataValuesApi
{
    /// <summary>The audit log's actor and channel for values written through the API key.</summary>
    public const string Actor = "api";

    /// <summary>
    /// <c>POST /api/dataValues</c> (one value) and <c>POST /api/dataValueSets</c> (DHIS2's <c>{"dataValues":[…]}</c>):
    /// all values saved or none, 400 with every problem, behind the API key. The key is checked before readiness, so a
    /// caller without it learns nothing about the server's state.
    /// </summary>
    public static RouteGroupBuilder MapDataValuesApi(this RouteGroupBuilder api)
    {
        var writes = api.MapGroup("").AddEndpointFilter<ApiKeyFilter>().AddEndpointFilter<ReadinessFilter>();
        writes.MapPost("/dataValues", (HttpRequest request, DataValueWriter writer) => SaveAsync(request, writer, isSet: false));
        writes.MapPost("/dataValueSets", (HttpRequest request, DataValueWriter writer) => SaveAsync(request, writer, isSet: true));
        return api;
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, DataValueWriter writer, bool isSet)
    {
        try
        {
            var (inputs, problem) = await DataValueRequestReader.ReadAsync(request, isSet);
            if (problem is not null)
            {
                return TypedResults.BadRequest(ApiValidationFailure.Of([problem]));
            }

            var result = await writer.WriteAsync(inputs, Actor, Actor, request.HttpContext.RequestAborted);
            return result.Saved
                ? TypedResults.Ok(new { created = result.Created, updated = result.Updated })
                : TypedResults.BadRequest(ApiValidationFailure.Of(result.Problems));
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's own refusals, such as a body over the size limit (413).
            return TypedResults.Json(new ApiMessage("Yêu cầu không hợp lệ: " + error.Message, "Bad request: " + error.Message), statusCode: error.StatusCode);
        }
        catch (DbException)
        {
            return TypedResults.Json(new ApiMessage(
                "Không ghi được vào cơ sở dữ liệu lúc này; chưa có gì được lưu. Vui lòng thử lại.",
                "The database could not take the write just now; nothing was saved. Please try again."), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
