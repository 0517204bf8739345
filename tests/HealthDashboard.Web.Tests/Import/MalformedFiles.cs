using System.IO.Compression;
using System.Text;
using HealthDashboard.Web.Features.Export;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>
/// The bad files made in code rather than committed to Import/Malformed: too large to commit (50 MB, 100,001 rows)
/// or workbooks built with the test app's codes.
/// </summary>
public static class MalformedFiles
{
    public static IEnumerable<MalformedCase> Generated(ImportApp app)
    {
        var (e, u) = (app.Elements[0], app.Stations[0]);
        const string H = "data_element,org_unit,period,value,comment\n";
        yield return new("too many rows", Encoding.UTF8.GetBytes(H + string.Concat(Enumerable.Repeat($"{e},{u},201501,5\n", 100_001))), "text/csv", 400,
            "more than 100,000 rows", "more than 100,000 rows");
        yield return new("workbook with a wrong header", XlsxExport.Write(new ExportTable("data", ["code", "unit", "when", "value"], [[e, u, "201501", 5.0]])),
            "text/csv", 400, "unknown column(s)", "not a text file");
        yield return new("workbook with a bad value", XlsxExport.Write(new ExportTable("data", ["data_element", "org_unit", "period", "value"], [[e, u, "201501", "nhiều"]])),
            "text/csv", 400, "is not a number", "not a text file");
        yield return new("workbook with a tab in a code", XlsxExport.Write(new ExportTable("data", ["data_element", "org_unit", "period", "value"], [[e, u + "\t", "201501", 5.0]])),
            "text/csv", 400, "orgUnit has the control character U+0009", "not a text file");
        // What no spreadsheet program writes but a hand-made file can hold: XML refuses both, and the message says where.
        yield return new("workbook with a lone surrogate", Patched(e, u, "&#xD800;"u8.ToArray()), "text/csv", 400, "is not valid at line 1, position", "not a text file");
        yield return new("workbook with bytes that are not UTF-8", Patched(e, u, [0xED, 0xA0, 0x80]), "text/csv", 400, "is not valid at line 1, position", "not a text file");
        yield return new("50 MB file", Fifty(H + $"{e},{u},201501,5\n"), "text/csv", 413, "too big", "too big");
    }

    /// <summary>A workbook whose comment cell holds <paramref name="bad"/> in its XML, where no XML writer would put it.</summary>
    private static byte[] Patched(string element, string unit, byte[] bad)
    {
        const string Marker = "MARKER_FOR_BAD_TEXT";
        var workbook = XlsxExport.Write(new ExportTable("data", ["data_element", "org_unit", "period", "value", "comment"], [[element, unit, "201501", 5.0, Marker]]));
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(x => x.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
            {
                byte[] xml;
                using (var read = entry.Open())
                using (var copy = new MemoryStream())
                {
                    read.CopyTo(copy);
                    xml = copy.ToArray();
                }

                var at = xml.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Marker));
                if (at >= 0)
                {
                    using var write = entry.Open();
                    write.SetLength(0);
                    write.Write([.. xml.AsSpan(0, at), .. bad, .. xml.AsSpan(at + Marker.Length)]);
                }
            }
        }

        return stream.ToArray();
    }

    private static byte[] Fifty(string start)
    {
        var bytes = new byte[50 * 1024 * 1024];
        Array.Fill(bytes, (byte)'\n');
        Encoding.UTF8.GetBytes(start).CopyTo(bytes, 0);
        return bytes;
    }
}
