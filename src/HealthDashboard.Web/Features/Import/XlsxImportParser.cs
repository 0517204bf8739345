using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// The first sheet of an .xlsx file (the template's "data" sheet), read row by row with the SAX reader so a large
/// sheet is never loaded whole; a row's line is its row number in Excel. Numbers are written back invariantly
/// (12.5, 202401), as the CSV would hold them.
/// </summary>
public static class XlsxImportParser
{
    public static ParsedFile Parse(byte[] bytes)
    {
        var part = "/xl/workbook.xml";
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
            {
                return Unreadable("Tệp .xlsx không có trang tính nào.", "The .xlsx file has no worksheet.");
            }

            part = workbook.SharedStringTablePart?.Uri.OriginalString ?? "";
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            part = sheet.Uri.OriginalString;
            return TabularImport.Read(Records(sheet, strings).ToList(), isSpreadsheet: true);
        }
        catch (System.Xml.XmlException error)
        {
            // XML refuses what is not text (a NUL, a lone surrogate, bytes that are not UTF-8): say where it is.
            return Unreadable($"Không đọc được tệp .xlsx: {part} có nội dung không hợp lệ ở dòng {error.LineNumber}, vị trí {error.LinePosition} (tệp hỏng hoặc có ký tự không phải văn bản).",
                $"The .xlsx file cannot be read: {part} is not valid at line {error.LineNumber}, position {error.LinePosition} (the file is damaged or holds characters that are not text).");
        }
        catch (Exception error) when (error is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
                                          or InvalidOperationException or ArgumentException)
        {
            return Unreadable("Không đọc được tệp .xlsx (tệp hỏng hoặc không phải bảng tính Excel). Hãy dùng mẫu tải từ trang này.",
                "The .xlsx file cannot be read (it is damaged or not an Excel workbook). Please use the template from this page.");
        }
    }

    private static ParsedFile Unreadable(string vietnamese, string english) =>
        ParsedFile.Unreadable(ImportFormat.Xlsx, ImportRejection.File("file", vietnamese, english));

    private static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Records(WorksheetPart sheet, string[] strings)
    {
        using var reader = OpenXmlReader.Create(sheet);
        var count = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(Text(cell, strings));
            }

            while (cells.Count > 0 && cells[^1].Trim().Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count == 0)
            {
                continue; // An empty row, as spreadsheets keep after the data.
            }

            // A guard against a sheet that claims millions of rows: TabularImport stops at MaxRows anyway.
            if (++count > Import.ImportLimits.MaxRows + 2)
            {
                yield break;
            }

            yield return ((int)(row.RowIndex?.Value ?? (uint)count), cells);
        }
    }

    private static string Text(Cell cell, string[] strings)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length ? strings[i] : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }

        // A number as Excel stores it: its shortest round-trip form, which reads back to the same double.
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && cell.DataType?.Value is null or CellValues.Number
            ? number.ToString("R", CultureInfo.InvariantCulture)
            : raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(0, index - 1);
    }
}
