namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// Reads an uploaded file whatever its format, told from its content rather than its name: an .xlsx is a zip file
/// (PK…); text starting with '{' is DHIS2 JSON; other text is CSV, ours or DHIS2's by its header.
/// </summary>
public static class ImportFileReader
{
    public static ParsedFile Read(byte[] bytes)
    {
        if (bytes.Length > ImportLimits.MaxBytes)
        {
            return ParsedFile.Unreadable(null, ImportLimits.TooBig(bytes.Length));
        }

        if (bytes is [(byte)'P', (byte)'K', 3, 4, ..])
        {
            return XlsxImportParser.Parse(bytes);
        }

        if (!ImportTextDecoder.TryDecode(bytes, out var text, out var problem))
        {
            return ParsedFile.Unreadable(null, problem!);
        }

        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return ParsedFile.Unreadable(null, ImportRejection.File("file", "Tệp trống: không có dòng tiêu đề và giá trị nào.",
                "The file is empty: it has no header and no values."));
        }

        return start[0] is '{' or '[' ? Dhis2JsonImportParser.Parse(text) : CsvImportParser.Parse(text);
    }

    /// <summary>How the page and the history name a format.</summary>
    public static string Name(ImportFormat? format) => format switch
    {
        ImportFormat.Csv => "CSV",
        ImportFormat.Xlsx => "XLSX",
        ImportFormat.Dhis2Json => "DHIS2 JSON",
        ImportFormat.Dhis2Csv => "DHIS2 CSV",
        _ => "?",
    };
}
