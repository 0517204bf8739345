namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// DHIS2 option combos: we keep no disaggregations, so a value is accepted only for DHIS2's default combination,
/// written as nothing at all, "default" (its name) or HllvX50cXC0 (its id on every DHIS2 server). Any other combo would
/// be one part of a total, and storing it as the total would be wrong.
/// </summary>
public static class Dhis2Defaults
{
    public const string DefaultId = "HllvX50cXC0";

    public static bool IsDefault(string? combo) =>
        string.IsNullOrWhiteSpace(combo) || combo.Trim().Equals("default", StringComparison.OrdinalIgnoreCase)
        || combo.Trim().Equals(DefaultId, StringComparison.Ordinal);

    public static string NotDefaultVi(string field, string? combo) =>
        $"{field} '{Short(combo)}' không được hỗ trợ: chỉ nhận giá trị tổng (để trống, 'default' hoặc {DefaultId}).";

    public static string NotDefaultEn(string field, string? combo) =>
        $"{field} '{Short(combo)}' is not supported: only totals are kept (leave it empty, 'default' or {DefaultId}).";

    private static string Short(string? text) => text is { Length: > 40 } ? text[..40] + "…" : text ?? "";
}
