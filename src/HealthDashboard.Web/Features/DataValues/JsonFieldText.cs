using System.Text.Json;
using System.Text.RegularExpressions;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// A field of a DHIS2 JSON value as text, read leniently as DHIS2 clients write it: text, a number (its literal:
/// 202401, 12.5) or anything else as written, so a problem can name it. Shared by the API's request reader and the
/// import's JSON parser, so both hand <see cref="IncomingText"/> the text exactly as sent.
/// </summary>
public static class JsonFieldText
{
    public static string? Read(JsonElement owner, string name) =>
        owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(name, out var field) ? null : field.ValueKind switch
        {
            JsonValueKind.String => AsSent(field),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => field.GetRawText(),
        };

    /// <summary>
    /// The string's text. System.Text.Json refuses to unescape a lone surrogate ("\ud800"), which valid JSON syntax
    /// allows, and throws; the text is then unescaped here with the surrogate kept as it was sent, so that
    /// <see cref="IncomingText"/> refuses it with its field and position like any other bad character. JSON's escapes
    /// (\" \\ \/ \b \f \n \r \t \uXXXX) are a subset of what <see cref="Regex.Unescape"/> reads, and the document
    /// has been parsed already, so no other backslash is left in the raw text.
    /// </summary>
    private static string AsSent(JsonElement field)
    {
        try
        {
            return field.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var raw = field.GetRawText();
            return Regex.Unescape(raw[1..^1]);
        }
    }
}
