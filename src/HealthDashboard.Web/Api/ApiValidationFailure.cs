using HealthDashboard.Web.Features.DataValues;

namespace HealthDashboard.Web.Api;

/// <summary>The 400 answer to a write: a summary, and every problem with the index of its value and the field.</summary>
public sealed record ApiValidationFailure(string Message, string MessageEn, IReadOnlyList<DataValueProblem> Errors)
{
    public static ApiValidationFailure Of(IReadOnlyList<DataValueProblem> errors) => new(
        $"Không lưu gì: có {errors.Count} lỗi trong dữ liệu gửi lên.",
        $"Nothing was saved: the request has {errors.Count} problem(s).",
        errors);
}
