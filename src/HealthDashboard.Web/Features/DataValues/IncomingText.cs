using System.Globalization;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// The one check of text that comes in (a file's cells, a JSON field, a form's comment), before anything reads a code
/// or a number out of it or stores it: no lone surrogate (text that is not Unicode, which PostgreSQL and every JSON
/// writer refuse), no U+FFFE/U+FFFF, no control character (NUL included: .NET reads "1\0" as 1, PostgreSQL refuses
/// it), and in codes, periods and values no invisible formatting character either (a zero-width space would make a
/// code that looks right and matches nothing). A comment may hold tabs and line breaks. The message says which field
/// and which character, by position and code point, never the character itself, so it is safe to show and to store.
/// </summary>
public static class IncomingText
{
    /// <summary>The problem with <paramref name="text"/>, or null when it is fine (or missing).</summary>
    /// <param name="isFreeText">A comment: tabs and line breaks are allowed, and so are formatting characters.</param>
    public static (string Vi, string En)? Problem(string field, string? text, bool isFreeText = false)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var at = i + 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return ($"{field} không phải văn bản Unicode hợp lệ: ký tự thứ {at} là nửa cặp thay thế (surrogate) {Code(c)} đứng lẻ.",
                    $"{field} is not valid Unicode text: character {at} is a lone surrogate {Code(c)}.");
            }

            if (c is '\uFFFE' or '\uFFFF')
            {
                return ($"{field} không phải văn bản Unicode hợp lệ: ký tự thứ {at} là {Code(c)}, không phải một ký tự.",
                    $"{field} is not valid Unicode text: character {at} is {Code(c)}, which is not a character.");
            }

            if (char.IsControl(c) && !(isFreeText && c is '\t' or '\n' or '\r'))
            {
                return isFreeText
                    ? ($"{field} có ký tự điều khiển {Code(c)} ở ký tự thứ {at}: ghi chú chỉ được có tab và xuống dòng, không có ký tự điều khiển khác.",
                        $"{field} has the control character {Code(c)} at character {at}: a comment may hold tabs and line breaks, no other control characters.")
                    : ($"{field} có ký tự điều khiển {Code(c)} ở ký tự thứ {at}: mã, kỳ và giá trị không được có ký tự điều khiển.",
                        $"{field} has the control character {Code(c)} at character {at}: codes, periods and values may not hold control characters.");
            }

            if (!isFreeText && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return ($"{field} có ký tự ẩn {Code(c)} ở ký tự thứ {at}: hãy xóa ký tự này.",
                    $"{field} has the invisible character {Code(c)} at character {at}: please remove it.");
            }
        }

        return null;
    }

    /// <summary>The first problem among a value's fields, with the field's name.</summary>
    public static (string Field, string Vi, string En)? Problem(DataValueInput input) =>
        First(("dataElement", input.DataElement), ("orgUnit", input.OrgUnit), ("period", input.Period), ("value", input.Value), ("comment", input.Comment));

    /// <summary>The first problem among named fields; "comment" is the one free text.</summary>
    public static (string Field, string Vi, string En)? First(params ReadOnlySpan<(string Field, string? Text)> fields)
    {
        foreach (var (field, text) in fields)
        {
            if (Problem(field, text, isFreeText: field == "comment") is { } problem)
            {
                return (field, problem.Vi, problem.En);
            }
        }

        return null;
    }

    private static string Code(char c) => c == '\0' ? "U+0000 (NUL)" : $"U+{(int)c:X4}";
}
