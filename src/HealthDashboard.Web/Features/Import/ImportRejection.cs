namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// Why a row (or, with <see cref="Line"/> null, the whole file) cannot be imported, in Vietnamese and English.
/// <see cref="Index"/> is the row's position among the file's values from 0, as the API's <c>indexes</c> count.
/// </summary>
public sealed record ImportRejection(int? Line, int? Index, string Field, string Message, string MessageEn)
{
    public static ImportRejection File(string field, string vietnamese, string english) => new(null, null, field, vietnamese, english);
}
