using System.Globalization;
using System.Text;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Import;

/// <summary>
/// The committed corpus of bad files (Import/Malformed, described in its README.md): each file as the manifest
/// cases.tsv lists it, with the placeholders {element}, {station} and {next_year} replaced in its bytes, so a file
/// may hold any byte (invalid UTF-8 included) and still name the test app's real codes.
/// </summary>
public static class MalformedCorpus
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "HealthDashboard.Web.Tests", "Import", "Malformed");

    public static IReadOnlyList<MalformedCase> Load(ImportApp app)
    {
        var placeholders = new Dictionary<string, string>
        {
            ["{element}"] = app.Elements[0],
            ["{station}"] = app.Stations[0],
            ["{next_year}"] = (DateTime.Today.Year + 1).ToString(CultureInfo.InvariantCulture),
        };
        var cases = new List<MalformedCase>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "cases.tsv")).Skip(1))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            Assert.True(cells.Length == 5, $"cases.tsv: '{line}' must have 5 tab-separated cells");
            var bytes = File.ReadAllBytes(Path.Combine(Folder, cells[0]));
            foreach (var (name, value) in placeholders)
            {
                bytes = Replace(bytes, Encoding.ASCII.GetBytes(name), Encoding.ASCII.GetBytes(value));
            }

            cases.Add(new MalformedCase(cells[0], bytes, cells[1], int.Parse(cells[2], CultureInfo.InvariantCulture), cells[3], cells[4]));
        }

        return cases;
    }

    /// <summary>Every file of the folder is in the manifest, and every line of the manifest has its file.</summary>
    public static IReadOnlyList<string> Unlisted()
    {
        var listed = File.ReadLines(Path.Combine(Folder, "cases.tsv")).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).ToHashSet();
        var present = Directory.GetFiles(Folder).Select(Path.GetFileName).Where(f => f is not ("cases.tsv" or "README.md")).ToHashSet();
        return [.. present.Except(listed).Select(f => "not in cases.tsv: " + f), .. listed.Except(present!).Select(f => "no such file: " + f)];
    }

    private static byte[] Replace(byte[] bytes, byte[] from, byte[] to)
    {
        var result = new List<byte>(bytes.Length);
        var span = bytes.AsSpan();
        int at;
        while ((at = span.IndexOf(from)) >= 0)
        {
            result.AddRange(span[..at]);
            result.AddRange(to);
            span = span[(at + from.Length)..];
        }

        result.AddRange(span);
        return [.. result];
    }
}
