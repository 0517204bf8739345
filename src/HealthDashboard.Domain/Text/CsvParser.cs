using System.Text;

namespace HealthDashboard.Domain.Text;

/// <summary>
/// An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. Kept in the project because
/// CsvHelper 34 (the version the feed serves) replaced the widely documented CsvReader/CsvConfiguration API.
/// </summary>
public static class CsvParser
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var anything = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else if (ch == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    inQuotes = anything = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    anything = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (anything || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return new CsvRecord(recordLine, fields.ToArray());
                    }

                    fields.Clear();
                    field.Clear();
                    anything = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(ch);
                    anything = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new FormatException($"Line {recordLine}: a quoted field is never closed.");
        }

        if (anything || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, fields.ToArray());
        }
    }
}
