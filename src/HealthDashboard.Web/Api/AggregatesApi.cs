using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Realtime;

namespace HealthDashboard.Web.Api;

public static class AggregatesApi
{
    /// <summary><c>GET /api/aggregates?indicator=&amp;orgUnit=&amp;period=</c>: one value of the live snapshot.</summary>
    public static RouteGroupBuilder MapAggregatesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/aggregates", async Task<IResult> (string? indicator, string? orgUnit, string? period, SnapshotHolder snapshots, OrgUnitCache units, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(indicator) || string.IsNullOrWhiteSpace(orgUnit) || string.IsNullOrWhiteSpace(period))
            {
                return Problem(StatusCodes.Status400BadRequest,
                    "Cần đủ indicator, orgUnit và period, ví dụ ?indicator=HI_COV&orgUnit=AG&period=2024.",
                    "indicator, orgUnit and period are all needed, e.g. ?indicator=HI_COV&orgUnit=AG&period=2024.");
            }

            if (!Period.TryParse(period, out var when))
            {
                return Problem(StatusCodes.Status400BadRequest,
                    $"'{period}' không phải là kỳ báo cáo: dùng 202401 (tháng), 2024Q1 (quý) hoặc 2024 (năm).",
                    $"'{period}' is not a period: use 202401 (month), 2024Q1 (quarter) or 2024 (year).");
            }

            if (snapshots.Current is not { } snapshot)
            {
                return Problem(StatusCodes.Status503ServiceUnavailable, "Đang tính các chỉ số tổng hợp, vui lòng thử lại sau ít giây.",
                    "The aggregates are being computed; please try again in a few seconds.");
            }

            if (snapshot.Indicator(indicator.Trim()) is not { } found)
            {
                return Problem(StatusCodes.Status404NotFound, $"Không có chỉ số mã '{indicator}'.", $"No indicator has the code '{indicator}'.");
            }

            var unit = snapshot.Units.IndexOf(orgUnit.Trim());
            if (unit < 0)
            {
                return Problem(StatusCodes.Status404NotFound, $"Không tìm thấy đơn vị có mã '{orgUnit}'.", $"No org unit has the code '{orgUnit}'.");
            }

            if (!UnitScope.CanRead(http.User, await units.TreeAsync(http.RequestAborted), snapshot.Units.Units[unit].Code))
            {
                return ApiScope.OutOfScope(orgUnit);
            }

            var result = snapshot.Value(found, unit, when);
            var (statusName, status) = PeriodStatus.Of(snapshot, found, unit, when, result);
            return TypedResults.Ok(new AggregateDto(found.Code, snapshot.Units.Units[unit].Code, when.ToString(), result.Value, result.Numerator,
                result.Denominator, result.Unstable, result.Interval95, AggregateTargetDto.From(status.Target), status.Expected,
                statusName, StatusBasisNames.Of(status.Basis), snapshot.ComputedAt, snapshot.Version));
        });
        return api;
    }

    private static IResult Problem(int status, string vi, string en) => TypedResults.Json(new ApiMessage(vi, en), statusCode: status);
}
