namespace HealthDashboard.Web.Features.Import;

/// <summary>Reads a header line: which column is which, and whether it is our CSV or DHIS2's.</summary>
public static class ImportColumns
{
    public const string OurHeader = "data_element,org_unit,period,value,comment";

    public const string Dhis2Header = "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup";

    private static readonly Dictionary<string, ImportColumn> Names = new(StringComparer.Ordinal)
    {
        ["dataelement"] = ImportColumn.DataElement, ["de"] = ImportColumn.DataElement,
        ["orgunit"] = ImportColumn.OrgUnit, ["ou"] = ImportColumn.OrgUnit,
        ["period"] = ImportColumn.Period, ["pe"] = ImportColumn.Period,
        ["value"] = ImportColumn.Value,
        ["comment"] = ImportColumn.Comment,
        ["categoryoptioncombo"] = ImportColumn.CategoryOptionCombo, ["catoptcombo"] = ImportColumn.CategoryOptionCombo, ["coc"] = ImportColumn.CategoryOptionCombo,
        ["attributeoptioncombo"] = ImportColumn.AttributeOptionCombo, ["attroptcombo"] = ImportColumn.AttributeOptionCombo, ["aoc"] = ImportColumn.AttributeOptionCombo,
        ["storedby"] = ImportColumn.Ignored, ["lastupdated"] = ImportColumn.Ignored, ["created"] = ImportColumn.Ignored,
        ["followup"] = ImportColumn.Ignored, ["deleted"] = ImportColumn.Deleted,
    };

    /// <summary>The column of each header cell, or the problem with the header (unknown, missing or repeated columns).</summary>
    public static (ImportColumn[]? Columns, bool IsDhis2, ImportRejection? Problem) Read(IReadOnlyList<string> header)
    {
        var columns = new ImportColumn[header.Count];
        var unknown = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = Normalise(header[i]);
            if (Names.TryGetValue(name, out var column))
            {
                columns[i] = column;
            }
            else if (name.Length > 0 || i < header.Count - 1)
            {
                unknown.Add(header[i].Trim().Length == 0 ? $"#{i + 1}" : Shorten(header[i].Trim()));
            }
            else
            {
                columns[i] = ImportColumn.Ignored; // A trailing comma after the last header.
            }
        }

        var required = new[] { ImportColumn.DataElement, ImportColumn.OrgUnit, ImportColumn.Period, ImportColumn.Value };
        var missing = required.Where(c => !columns.Contains(c)).ToList();
        var repeated = columns.Where(c => c != ImportColumn.Ignored).GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || repeated.Count > 0)
        {
            var what = unknown.Count > 0 ? $"unknown column(s) {string.Join(", ", unknown)}"
                : missing.Count > 0 ? $"missing column(s) {string.Join(", ", missing)}" : $"repeated column(s) {string.Join(", ", repeated)}";
            var whatVi = unknown.Count > 0 ? $"có cột lạ {string.Join(", ", unknown)}"
                : missing.Count > 0 ? $"thiếu cột {string.Join(", ", missing)}" : $"cột lặp lại {string.Join(", ", repeated)}";
            return (null, false, ImportRejection.File("header",
                $"Dòng tiêu đề (dòng 1) {whatVi}. Dòng đầu phải là {OurHeader} (hoặc tiêu đề dataValueSets của DHIS2).",
                $"The header (line 1) has {what}. The first line must be {OurHeader} (or DHIS2's dataValueSets header)."));
        }

        // Ours spells its columns with underscores; DHIS2 in camelCase or lower case.
        var isDhis2 = !header.Any(h => h.Contains('_', StringComparison.Ordinal));
        return (columns, isDhis2, null);
    }

    private static string Normalise(string name) =>
        new(name.Trim().Trim('\uFEFF').Where(c => c is not ('_' or ' ' or '-')).Select(char.ToLowerInvariant).ToArray());

    private static string Shorten(string text) => text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";
}
