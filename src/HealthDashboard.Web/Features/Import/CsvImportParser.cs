using HealthDashboard.Domain.Text;

namespace HealthDashboard.Web.Features.Import;

/// <summary>Our CSV and DHIS2's dataValueSets CSV (told apart by the header), read with the project's RFC 4180 reader.</summary>
public static class CsvImportParser
{
    public static ParsedFile Parse(string text)
    {
        try
        {
            var records = CsvParser.Read(new StringReader(text)).Select(r => (r.Line, r.Fields));
            // The reader is lazy: materialise here so an unclosed quote is caught in this try.
            return TabularImport.Read(records.ToList(), isSpreadsheet: false);
        }
        catch (FormatException error)
        {
            var line = error.Message.Split(':')[0];
            return ParsedFile.Unreadable(null, ImportRejection.File("file",
                $"Không đọc được tệp CSV: có dấu ngoặc kép (\") không được đóng ({line.Replace("Line", "dòng", StringComparison.Ordinal)}).",
                $"The CSV file cannot be read: a quoted field is never closed ({line.ToLowerInvariant()})."));
        }
    }
}
