using System.Globalization;
using System.Reflection;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Text;

namespace HealthDashboard.Data.Sample;

/// <summary>Reads the embedded list of sample areas (country, the plans' provinces, their districts and communes).</summary>
public static class SampleUnitsFile
{
    public static IReadOnlyList<SampleUnit> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HealthDashboard.Data.Sample.sample-units.csv")
            ?? throw new InvalidOperationException("sample-units.csv is not embedded in the Data assembly.");
        using var reader = new StreamReader(stream);
        var table = CsvTable.Read(reader);
        return table.Rows.Select(row => new SampleUnit(
            table.Require(row, "code"),
            table.Get(row, "parent_code"),
            OrgUnitKindNames.Parse(table.Require(row, "kind")),
            table.Require(row, "name_vi"),
            table.Require(row, "name_en"),
            bool.Parse(table.Require(row, "name_is_real")),
            Number(table.Get(row, "lon")),
            Number(table.Get(row, "lat")))).ToList();
    }

    private static double? Number(string? text) => text is null ? null : double.Parse(text, CultureInfo.InvariantCulture);
}
