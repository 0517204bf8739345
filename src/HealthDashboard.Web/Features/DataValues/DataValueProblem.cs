namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// One thing wrong with the input: which value (its index in the request, null for the request as a whole), which
/// field, and why, in Vietnamese and English, one line each.
/// </summary>
public sealed record DataValueProblem(int? Index, string Field, string Message, string MessageEn);
