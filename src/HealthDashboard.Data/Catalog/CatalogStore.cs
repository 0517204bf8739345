using System.Data.Common;
using Dapper;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using static HealthDashboard.Data.Catalog.CatalogRows;

namespace HealthDashboard.Data.Catalog;

/// <summary>Stores the indicator catalog (elements, indicators, plans, targets); saving twice changes nothing.</summary>
public sealed class CatalogStore(Database database)
{
    public async Task SaveAsync(IndicatorCatalog catalog, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var e in catalog.Elements)
        {
            await connection.ExecuteAsync(
                "INSERT INTO data_element (code, name_vi, name_en, value_type, aggregation, period_type, reported_at, min_value, max_value) " +
                "VALUES (@Code, @NameVi, @NameEn, @ValueType, @Aggregation, @PeriodType, @ReportedAt, @Min, @Max) ON CONFLICT (code) DO UPDATE SET " +
                "name_vi = excluded.name_vi, name_en = excluded.name_en, value_type = excluded.value_type, " +
                "aggregation = excluded.aggregation, period_type = excluded.period_type, reported_at = excluded.reported_at, " +
                "min_value = excluded.min_value, max_value = excluded.max_value",
                new
                {
                    e.Code, e.NameVi, e.NameEn, ValueType = e.ValueType.ToString(), Aggregation = e.Aggregation.ToString(), PeriodType = e.PeriodType.ToString(),
                    ReportedAt = e.ReportedAt.ToString(), e.Range.Min, e.Range.Max,
                },
                transaction);
        }

        foreach (var i in catalog.Indicators)
        {
            await connection.ExecuteAsync(
                "INSERT INTO indicator (code, name_vi, name_en, kind, numerator, denominator, factor, unit, direction, decimals, annualised, min_denominator) " +
                "VALUES (@Code, @NameVi, @NameEn, @Kind, @Numerator, @Denominator, @Factor, @Unit, @Direction, @Decimals, @Annualised, @MinDenominator) " +
                "ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en, kind = excluded.kind, " +
                "numerator = excluded.numerator, denominator = excluded.denominator, factor = excluded.factor, unit = excluded.unit, " +
                "direction = excluded.direction, decimals = excluded.decimals, annualised = excluded.annualised, min_denominator = excluded.min_denominator",
                new
                {
                    i.Code, i.NameVi, i.NameEn, Kind = i.Kind.ToString(), Numerator = TermExpression.Print(i.Numerator),
                    Denominator = TermExpression.Print(i.Denominator), i.Factor, i.Unit, Direction = i.Direction.ToString(),
                    i.Decimals, i.Annualised, i.MinDenominator,
                },
                transaction);
        }

        foreach (var p in catalog.Plans)
        {
            await connection.ExecuteAsync(
                "INSERT INTO plan (code, name_vi, name_en, org_unit_id, seed_file) " +
                "VALUES (@Code, @NameVi, @NameEn, (SELECT id FROM org_unit WHERE code = @OrgUnitCode), @SeedFile) " +
                "ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en, " +
                "org_unit_id = excluded.org_unit_id, seed_file = excluded.seed_file",
                p, transaction);
        }

        foreach (var t in catalog.Targets)
        {
            await SaveTargetAsync(connection, transaction, t);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IndicatorCatalog> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var elements = await connection.QueryAsync<ElementRow>(
            "SELECT id, code, name_vi AS NameVi, name_en AS NameEn, value_type AS ValueType, aggregation, period_type AS PeriodType, reported_at AS ReportedAt, " +
            "min_value AS MinValue, max_value AS MaxValue FROM data_element ORDER BY id");
        var indicators = await connection.QueryAsync<IndicatorRow>(
            "SELECT id, code, name_vi AS NameVi, name_en AS NameEn, kind, numerator, denominator, factor, unit, direction, decimals, annualised, " +
            "min_denominator AS MinDenominator FROM indicator ORDER BY id");
        var plans = await connection.QueryAsync<PlanRow>(
            "SELECT p.id, p.code, p.name_vi AS NameVi, p.name_en AS NameEn, u.code AS OrgUnitCode, p.seed_file AS SeedFile " +
            "FROM plan p LEFT JOIN org_unit u ON u.id = p.org_unit_id ORDER BY p.id");
        var targets = await connection.QueryAsync<TargetRow>(
            "SELECT t.id, p.code AS PlanCode, u.code AS OrgUnitCode, t.org_unit_label AS OrgUnitLabel, i.code AS IndicatorCode, t.year, " +
            "t.comparator, t.value, t.note FROM target t JOIN plan p ON p.id = t.plan_id JOIN indicator i ON i.id = t.indicator_id " +
            "LEFT JOIN org_unit u ON u.id = t.org_unit_id ORDER BY t.id");
        return new IndicatorCatalog(
            elements.Select(ToElement).ToList(),
            indicators.Select(ToIndicator).ToList(),
            plans.Select(p => new Plan { Id = p.Id, Code = p.Code, NameVi = p.NameVi, NameEn = p.NameEn, OrgUnitCode = p.OrgUnitCode, SeedFile = p.SeedFile }).ToList(),
            targets.Select(ToTarget).ToList());
    }

    private static Task SaveTargetAsync(DbConnection connection, DbTransaction transaction, Target t) =>
        connection.ExecuteAsync(
            "INSERT INTO target (plan_id, org_unit_id, org_unit_label, indicator_id, year, comparator, value, note) VALUES (" +
            "(SELECT id FROM plan WHERE code = @PlanCode), (SELECT id FROM org_unit WHERE code = @OrgUnitCode), @OrgUnitLabel, " +
            "(SELECT id FROM indicator WHERE code = @IndicatorCode), @Year, @Comparator, @Value, @Note) " +
            "ON CONFLICT (plan_id, indicator_id, year, org_unit_label) DO UPDATE SET org_unit_id = excluded.org_unit_id, " +
            "comparator = excluded.comparator, value = excluded.value, note = excluded.note",
            new { t.PlanCode, t.OrgUnitCode, t.OrgUnitLabel, t.IndicatorCode, t.Year, Comparator = ComparatorSymbols.ToSymbol(t.Comparator), t.Value, t.Note },
            transaction);

    private static DataElement ToElement(ElementRow r) => new()
    {
        Id = r.Id, Code = r.Code, NameVi = r.NameVi, NameEn = r.NameEn,
        ValueType = Enum.Parse<ElementValueType>(r.ValueType), Aggregation = Enum.Parse<AggregationType>(r.Aggregation),
        PeriodType = Enum.Parse<PeriodType>(r.PeriodType), ReportedAt = OrgUnitKindSet.Parse(r.ReportedAt),
        Range = r is { MinValue: { } min, MaxValue: { } max } ? new ValueRange(min, max) : ValueRange.Unbounded,
    };

    private static Indicator ToIndicator(IndicatorRow r) => new()
    {
        Id = r.Id, Code = r.Code, NameVi = r.NameVi, NameEn = r.NameEn, Kind = Enum.Parse<IndicatorKind>(r.Kind),
        Numerator = TermExpression.Parse(r.Numerator), Denominator = TermExpression.Parse(r.Denominator), Factor = r.Factor,
        Unit = r.Unit, Direction = Enum.Parse<Direction>(r.Direction), Decimals = r.Decimals, Annualised = r.Annualised,
        MinDenominator = r.MinDenominator,
    };

    private static Target ToTarget(TargetRow r) => new()
    {
        Id = r.Id, PlanCode = r.PlanCode, OrgUnitCode = r.OrgUnitCode, OrgUnitLabel = r.OrgUnitLabel, IndicatorCode = r.IndicatorCode,
        Year = r.Year, Comparator = ComparatorSymbols.Parse(r.Comparator), Value = r.Value, Note = r.Note,
    };
}
