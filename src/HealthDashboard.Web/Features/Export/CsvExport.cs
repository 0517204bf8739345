using System.Globalization;
using System.Text;

namespace HealthDashboard.Web.Features.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as CSV for Excel in Vietnam: UTF-8 with a byte-order mark (without it Excel
/// reads the diacritics as Windows-1252), RFC 4180 quoting and CRLF line ends, numbers with an invariant decimal point
/// (the header row says so), and text that a spreadsheet would run as a formula (=, +, -, @) prefixed with '.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(ExportTable table)
    {
        var text = new StringBuilder();
        Line(text, table.Headers.Cast<object?>());
        foreach (var row in table.Rows)
        {
            Line(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => Quote(Defuse(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    /// <summary>CSV injection: a cell starting with = + - @ (or a tab or carriage return) would be a formula in Excel.</summary>
    public static string Defuse(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static void Line(StringBuilder text, IEnumerable<object?> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }
}
