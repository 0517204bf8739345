using System.Text.RegularExpressions;

namespace HealthDashboard.Domain.Tests.Catalog;

/// <summary>
/// Reads the team's spec (../shared/spec beside the repo) when it is there, else the project's own copy, so the
/// catalog is checked against the source it was copied from.
/// </summary>
internal static partial class SpecFiles
{
    public static string Targets() => File.ReadAllText(Find("targets.csv"));

    /// <summary>Indicator codes of the catalog table in indicators.md ("HEIGHT_M18 / HEIGHT_F18" names two).</summary>
    public static IReadOnlyList<string> IndicatorCodes()
    {
        var path = Find("indicators.md");
        if (path.EndsWith(".csv", StringComparison.Ordinal))
        {
            return File.ReadLines(path).Skip(1).Select(l => l.Split(',')[0]).ToList();
        }

        return File.ReadLines(path)
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim())
            .Where(cell => CodeCell().IsMatch(cell))
            .SelectMany(cell => cell.Split(" / "))
            .ToList();
    }

    private static string Find(string file)
    {
        var repo = RepoRoot();
        var shared = Path.Combine(repo, "..", "shared", "spec", file);
        if (File.Exists(shared))
        {
            return shared;
        }

        var own = Path.Combine(repo, "src", "HealthDashboard.Domain", "Catalog", "Files", file == "indicators.md" ? "indicators.csv" : file);
        return File.Exists(own) ? own : throw new FileNotFoundException(file);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HealthDashboard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("HealthDashboard.sln not found above the test binaries.");
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]+( / [A-Z][A-Z0-9_]+)*$")]
    private static partial Regex CodeCell();
}
