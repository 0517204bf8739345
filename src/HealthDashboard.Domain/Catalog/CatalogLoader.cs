using System.Globalization;
using System.Reflection;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Text;

namespace HealthDashboard.Domain.Catalog;

/// <summary>
/// Reads the project's own copy of the catalog (Catalog/Files/*.csv, embedded in this assembly): data elements,
/// indicators, plans, and the plans' targets exactly as spec/targets.csv lists them.
/// </summary>
public static class CatalogLoader
{
    public static IndicatorCatalog LoadEmbedded()
    {
        var plans = Read("plans.csv", ReadPlan);
        var planUnits = plans.ToDictionary(p => p.Code, p => p.OrgUnitCode);
        return new IndicatorCatalog(
            Read("data-elements.csv", ReadElement),
            Read("indicators.csv", ReadIndicator),
            plans,
            Read("targets.csv", row => ReadTarget(row, planUnits)));
    }

    /// <summary>The embedded targets file, byte for byte: what the catalog export must reproduce.</summary>
    public static string EmbeddedText(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd();
    }

    private static List<T> Read<T>(string fileName, Func<Row, T> map)
    {
        using var reader = new StreamReader(Open(fileName));
        var table = CsvTable.Read(reader);
        var rows = new List<T>();
        foreach (var record in table.Rows)
        {
            try
            {
                rows.Add(map(new Row(table, record)));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new InvalidDataException($"{fileName} line {record.Line}: {e.Message}", e);
            }
        }

        return rows;
    }

    private static Stream Open(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"HealthDashboard.Domain.Catalog.{fileName}")
        ?? throw new InvalidOperationException($"The catalog file {fileName} is not embedded in the Domain assembly.");

    private static Plan ReadPlan(Row row) => new()
    {
        Code = Text(row, "code"),
        OrgUnitCode = NullIfEmpty(row.Get("org_unit")),
        NameVi = Text(row, "name_vi"),
        NameEn = Text(row, "name_en"),
        SeedFile = NullIfEmpty(row.Get("seed_file")),
    };

    private static DataElement ReadElement(Row row) => new()
    {
        Code = Text(row, "code"),
        NameVi = Text(row, "name_vi"),
        NameEn = Text(row, "name_en"),
        ValueType = Enum.Parse<ElementValueType>(Text(row, "value_type"), ignoreCase: true),
        Aggregation = Text(row, "aggregation") == "last" ? AggregationType.LastValue : AggregationType.Sum,
        PeriodType = Enum.Parse<PeriodType>(Text(row, "period_type"), ignoreCase: true),
        ReportedAt = OrgUnitKindSet.Parse(Text(row, "reported_at")),
        Range = ValueRange.Parse(Text(row, "min"), Text(row, "max")),
    };

    private static Indicator ReadIndicator(Row row) => new()
    {
        Code = Text(row, "code"),
        NameVi = Text(row, "name_vi"),
        NameEn = Text(row, "name_en"),
        Kind = Enum.Parse<IndicatorKind>(Text(row, "kind"), ignoreCase: true),
        Numerator = TermExpression.Parse(row.Get("numerator")),
        Denominator = TermExpression.Parse(row.Get("denominator")),
        Factor = double.Parse(Text(row, "factor"), CultureInfo.InvariantCulture),
        Unit = Text(row, "unit"),
        Direction = Enum.Parse<Direction>(Text(row, "direction"), ignoreCase: true),
        Decimals = int.Parse(Text(row, "decimals"), CultureInfo.InvariantCulture),
        Annualised = bool.Parse(Text(row, "annualised")),
        MinDenominator = NullIfEmpty(row.Get("min_denominator")) is { } min ? double.Parse(min, CultureInfo.InvariantCulture) : null,
    };

    private static Target ReadTarget(Row row, IReadOnlyDictionary<string, string?> planUnits)
    {
        var plan = Text(row, "plan");
        return new Target
        {
            PlanCode = plan,
            // A target belongs to its plan's area; the label is how the plan names it, kept for a faithful export.
            OrgUnitCode = planUnits.TryGetValue(plan, out var unit) ? unit : throw new FormatException($"Unknown plan '{plan}'."),
            OrgUnitLabel = Text(row, "org_unit"),
            IndicatorCode = Text(row, "indicator"),
            Year = int.Parse(Text(row, "year"), CultureInfo.InvariantCulture),
            Comparator = ComparatorSymbols.Parse(Text(row, "op")),
            Value = double.Parse(Text(row, "value"), CultureInfo.InvariantCulture),
            Note = NullIfEmpty(row.Get("note")),
        };
    }

    private static string Text(Row row, string column) => row.Table.Require(row.Record, column);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private readonly record struct Row(CsvTable Table, CsvRecord Record)
    {
        public string? Get(string column) => Table.Get(Record, column);
    }
}
