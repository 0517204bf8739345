namespace HealthDashboard.Domain.Text;

/// <summary>Writes CSV fields: quotes only what needs quoting, so plain values stay byte-identical to the source.</summary>
public static class CsvFormat
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    public static string Line(params string?[] values) => string.Join(',', values.Select(Field));
}
