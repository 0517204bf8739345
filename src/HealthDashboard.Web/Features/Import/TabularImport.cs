using System.Globalization;
using HealthDashboard.Web.Features.DataValues;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// Turns the records of a CSV file or a sheet (each with its line) into rows: the first record is the header, each
/// other one a value. A record with another number of cells than the header, or with a disaggregation we do not keep,
/// is rejected on its own line; the others go on to be checked.
/// </summary>
public static class TabularImport
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static ParsedFile Read(IEnumerable<(int Line, IReadOnlyList<string> Cells)> records, bool isSpreadsheet)
    {
        ImportColumn[]? columns = null;
        var isDhis2 = false;
        var rows = new List<ImportRow>();
        var rejections = new List<ImportRejection>();
        var index = 0;
        foreach (var (line, cells) in records)
        {
            if (columns is null)
            {
                for (var i = 0; i < cells.Count; i++)
                {
                    // A byte-order mark before a header name is read past (ImportColumns), as files joined together carry one.
                    if (IncomingText.Problem($"#{i + 1}", cells[i].TrimStart('\uFEFF')) is { } bad)
                    {
                        return ParsedFile.Unreadable(null, ImportRejection.File("header", $"Dòng tiêu đề (dòng {line}), cột {bad.Vi}", $"The header (line {line}), column {bad.En}"));
                    }
                }

                var (read, dhis2, problem) = ImportColumns.Read(cells);
                if (problem is not null)
                {
                    return ParsedFile.Unreadable(null, problem);
                }

                (columns, isDhis2) = (read, dhis2);
                continue;
            }

            if (index >= ImportLimits.MaxRows)
            {
                return ParsedFile.Unreadable(Format(isSpreadsheet, isDhis2), ImportRejection.File("file",
                    $"Tệp có hơn {ImportLimits.MaxRows.ToString("N0", Vietnamese)} dòng giá trị: hãy chia thành nhiều tệp.",
                    $"The file has more than {ImportLimits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows of values: please split it into several files."));
            }

            var rejection = Check(line, index, cells, columns);
            if (rejection is null)
            {
                rows.Add(new ImportRow(line, index, Input(cells, columns)));
            }
            else
            {
                rejections.Add(rejection);
            }

            index++;
        }

        if (columns is null)
        {
            return ParsedFile.Unreadable(null, ImportRejection.File("file", "Tệp trống: không có dòng tiêu đề và giá trị nào.",
                "The file is empty: it has no header and no values."));
        }

        return new ParsedFile(Format(isSpreadsheet, isDhis2), rows, rejections);
    }

    private static ImportRejection? Check(int line, int index, IReadOnlyList<string> cells, ImportColumn[] columns)
    {
        // Cells past the header are allowed only when empty (spreadsheets and Excel's CSV often leave some); cells may
        // stop early only where the columns left are optional (a comment), as a spreadsheet drops empty trailing cells.
        if (columns.Skip(cells.Count).Any(IsRequired) || cells.Skip(columns.Length).Any(c => c.Trim().Length > 0))
        {
            return new ImportRejection(line, index, "columns",
                $"Dòng {line} có {cells.Count} cột, tiêu đề có {columns.Length}.", $"Line {line} has {cells.Count} columns; the header has {columns.Length}.");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var field = i < columns.Length && columns[i] != ImportColumn.Ignored ? FieldName(columns[i]) : $"#{i + 1}";
            if (IncomingText.Problem(field, cells[i], isFreeText: i < columns.Length && columns[i] == ImportColumn.Comment) is { } bad)
            {
                return new ImportRejection(line, index, field, bad.Vi, bad.En);
            }
        }

        for (var i = 0; i < Math.Min(columns.Length, cells.Count); i++)
        {
            if (columns[i] is ImportColumn.CategoryOptionCombo or ImportColumn.AttributeOptionCombo && !Dhis2Defaults.IsDefault(cells[i]))
            {
                var name = columns[i] == ImportColumn.CategoryOptionCombo ? "categoryOptionCombo" : "attributeOptionCombo";
                return new ImportRejection(line, index, name, Dhis2Defaults.NotDefaultVi(name, cells[i]), Dhis2Defaults.NotDefaultEn(name, cells[i]));
            }
        }

        return null;
    }

    private static DataValueInput Input(IReadOnlyList<string> cells, ImportColumn[] columns)
    {
        string? Cell(ImportColumn column)
        {
            var i = Array.IndexOf(columns, column);
            return i < 0 || i >= cells.Count ? null : Undefuse(cells[i]);
        }

        return new DataValueInput(Cell(ImportColumn.DataElement), Cell(ImportColumn.OrgUnit), Cell(ImportColumn.Period), Cell(ImportColumn.Value),
            Cell(ImportColumn.Comment) is { Length: > 0 } comment ? comment : null) { Deleted = Cell(ImportColumn.Deleted) };
    }

    /// <summary>A column as the API and the problems name it.</summary>
    private static string FieldName(ImportColumn column) => column switch
    {
        ImportColumn.DataElement => "dataElement",
        ImportColumn.OrgUnit => "orgUnit",
        ImportColumn.Period => "period",
        ImportColumn.Value => "value",
        ImportColumn.Comment => "comment",
        ImportColumn.CategoryOptionCombo => "categoryOptionCombo",
        ImportColumn.AttributeOptionCombo => "attributeOptionCombo",
        _ => column.ToString(),
    };

    private static bool IsRequired(ImportColumn column) =>
        column is ImportColumn.DataElement or ImportColumn.OrgUnit or ImportColumn.Period or ImportColumn.Value;

    /// <summary>Our CSV export puts ' before a cell that a spreadsheet would run as a formula; reading it back takes it off.</summary>
    public static string Undefuse(string cell) => cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' ? cell[1..] : cell;

    private static ImportFormat Format(bool isSpreadsheet, bool isDhis2) =>
        isSpreadsheet ? ImportFormat.Xlsx : isDhis2 ? ImportFormat.Dhis2Csv : ImportFormat.Csv;
}
