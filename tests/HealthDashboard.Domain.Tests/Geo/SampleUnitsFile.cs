using System.Globalization;
using HealthDashboard.Domain.Geo;
using HealthDashboard.Domain.Text;

namespace HealthDashboard.Domain.Tests.Geo;

/// <summary>The sample org-unit list of the Data project, read straight from the repository.</summary>
internal sealed record SampleUnitsFile(IReadOnlyList<SampleUnitsFile.Row> Rows)
{
    public const string RelativePath = "src/HealthDashboard.Data/Sample/Files/sample-units.csv";

    public static string FullPath => Path.Combine(RepoRoot(), RelativePath);

    public static SampleUnitsFile Load()
    {
        using var reader = new StreamReader(FullPath);
        var table = CsvTable.Read(reader);
        var rows = table.Rows.Select(r => new Row(
            table.Require(r, "code"),
            table.Get(r, "parent_code"),
            table.Require(r, "kind"),
            table.Require(r, "name_vi"),
            table.Require(r, "name_en"),
            bool.Parse(table.Require(r, "name_is_real")),
            Site(table.Get(r, "lon"), table.Get(r, "lat")))).ToList();
        return new SampleUnitsFile(rows);
    }

    public IEnumerable<Row> OfKind(string kind) => Rows.Where(r => r.Kind == kind);

    public IReadOnlyList<BoundaryUnit> BoundaryUnits() => Rows.Select(r => new BoundaryUnit(r.Code, r.ParentCode, r.Site)).ToList();

    /// <summary>The folder holding HealthDashboard.sln or Directory.Build.props, walking up from the test binaries.</summary>
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HealthDashboard.sln")) || File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No repository root above {AppContext.BaseDirectory}.");
    }

    private static GeoPoint? Site(string? lon, string? lat) =>
        lon is null || lat is null
            ? null
            : new GeoPoint(double.Parse(lon, CultureInfo.InvariantCulture), double.Parse(lat, CultureInfo.InvariantCulture));

    internal sealed record Row(string Code, string? ParentCode, string Kind, string NameVi, string NameEn, bool NameIsReal, GeoPoint? Site);
}
