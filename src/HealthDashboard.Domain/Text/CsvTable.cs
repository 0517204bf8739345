namespace HealthDashboard.Domain.Text;

/// <summary>A CSV file with a header line, read into rows addressed by column name.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRecord> rows)
    {
        _columns = header.Select((name, i) => (name: name.Trim(), i)).ToDictionary(x => x.name, x => x.i, StringComparer.OrdinalIgnoreCase);
        Rows = rows;
    }

    public IReadOnlyList<CsvRecord> Rows { get; }

    public static CsvTable Read(TextReader reader)
    {
        var records = CsvParser.Read(reader).ToList();
        if (records.Count == 0)
        {
            throw new FormatException("The file is empty: a header line is expected.");
        }

        return new CsvTable(records[0].Fields, records.Skip(1).ToList());
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed field, or null when it is empty or the row is short.</summary>
    public string? Get(CsvRecord row, string column)
    {
        if (!_columns.TryGetValue(column, out var index))
        {
            throw new FormatException($"The column '{column}' is missing.");
        }

        var value = index < row.Fields.Count ? row.Fields[index].Trim() : null;
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string Require(CsvRecord row, string column) =>
        Get(row, column) ?? throw new FormatException($"Line {row.Line}: column '{column}' is empty.");
}
