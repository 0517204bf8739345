using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HealthDashboard.Web.Features.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as one worksheet with DocumentFormat.OpenXml (ClosedXML needs libgdiplus):
/// headers in row 1, numbers as numeric cells, text as inline strings (no shared-string table to keep in step).
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ExportTable table) => Write([table]);

    /// <summary>One worksheet per table, in order (the import template: the data sheet first, then its guide).</summary>
    public static byte[] Write(IReadOnlyList<ExportTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            for (var t = 0; t < tables.Count; t++)
            {
                var table = tables[t];
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, table.Headers.Cast<object?>()));
                for (var i = 0; i < table.Rows.Count; i++)
                {
                    data.Append(Row((uint)i + 2, table.Rows[i]));
                }

                sheetPart.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = (uint)t + 1, Name = SheetName(table.Name) });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>"A", "B", … "AA": the column letters of a cell reference.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    private static Row Row(uint number, IEnumerable<object?> cells)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in cells)
        {
            var reference = Column(column++) + number.ToString(CultureInfo.InvariantCulture);
            row.Append(value switch
            {
                null => new Cell { CellReference = reference },
                double or int or long => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)),
                },
                _ => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }

        return row;
    }

    // Excel refuses sheet names over 31 characters or with : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : c).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
