using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Catalog;

/// <summary>Stores the indicator catalog (elements, indicators, plans, targets); saving twice changes nothing.</summary>
public sealed class CatalogStore(Database database)
{
    /// <summary>
    /// Adds what is new and updates what is there, matched by code (targets by plan, indicator, year and label), in one
    /// transaction. A plan or target naming an unknown org unit is stored without one, as before; a target naming an
    /// unknown plan or indicator is refused with nothing written.
    /// </summary>
    public async Task SaveAsync(IndicatorCatalog catalog, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var unitCodes = catalog.Plans.Select(p => p.OrgUnitCode).Concat(catalog.Targets.Select(t => t.OrgUnitCode)).OfType<string>().Distinct().ToList();
        var units = await context.OrgUnits.Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);

        var elements = await context.DataElements.AsTracking().ToDictionaryAsync(e => e.Code, cancellationToken);
        foreach (var e in catalog.Elements)
        {
            Put(context, elements, e.Code, ElementRow(e), (row, id) => row.Id = id, row => row.Id);
        }

        var indicators = await context.Indicators.AsTracking().ToDictionaryAsync(i => i.Code, cancellationToken);
        foreach (var i in catalog.Indicators)
        {
            Put(context, indicators, i.Code, IndicatorRow(i), (row, id) => row.Id = id, row => row.Id);
        }

        var plans = await context.Plans.AsTracking().ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var p in catalog.Plans)
        {
            var row = new PlanEntity
            {
                Code = p.Code, NameVi = p.NameVi, NameEn = p.NameEn, OrgUnitId = UnitId(units, p.OrgUnitCode), SeedFile = p.SeedFile,
            };
            Put(context, plans, p.Code, row, (r, id) => r.Id = id, r => r.Id);
        }

        // Targets name their plan and indicator by id: new plans and indicators get theirs here.
        await context.SaveChangesAsync(cancellationToken);
        var targets = await context.Targets.AsTracking().ToDictionaryAsync(t => (t.PlanId, t.IndicatorId, t.Year, t.OrgUnitLabel), cancellationToken);
        foreach (var t in catalog.Targets)
        {
            var row = TargetRow(t, Known(plans, t.PlanCode, "plan").Id, Known(indicators, t.IndicatorCode, "indicator").Id, UnitId(units, t.OrgUnitCode));
            Put(context, targets, (row.PlanId, row.IndicatorId, row.Year, row.OrgUnitLabel), row, (r, id) => r.Id = id, r => r.Id);
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IndicatorCatalog> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var elements = await context.DataElements.OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var indicators = await context.Indicators.OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var plans = await context.Plans
            .LeftJoin(context.OrgUnits, p => p.OrgUnitId, u => (long?)u.Id, (p, u) => new { Plan = p, UnitCode = u == null ? null : u.Code })
            .OrderBy(r => r.Plan.Id).ToListAsync(cancellationToken);
        var targets = await (
            from t in context.Targets
            join p in context.Plans on t.PlanId equals p.Id
            join i in context.Indicators on t.IndicatorId equals i.Id
            select new { Target = t, PlanCode = p.Code, IndicatorCode = i.Code })
            .LeftJoin(context.OrgUnits, r => r.Target.OrgUnitId, u => (long?)u.Id, (r, u) => new { r.Target, r.PlanCode, r.IndicatorCode, UnitCode = u == null ? null : u.Code })
            .OrderBy(r => r.Target.Id).ToListAsync(cancellationToken);
        return new IndicatorCatalog(
            elements.Select(ToElement).ToList(),
            indicators.Select(ToIndicator).ToList(),
            plans.Select(r => new Plan
            {
                Id = r.Plan.Id, Code = r.Plan.Code, NameVi = r.Plan.NameVi, NameEn = r.Plan.NameEn, OrgUnitCode = r.UnitCode, SeedFile = r.Plan.SeedFile,
            }).ToList(),
            targets.Select(r => new Target
            {
                Id = r.Target.Id, PlanCode = r.PlanCode, OrgUnitCode = r.UnitCode, OrgUnitLabel = r.Target.OrgUnitLabel, IndicatorCode = r.IndicatorCode,
                Year = r.Target.Year, Comparator = ComparatorSymbols.Parse(r.Target.Comparator), Value = r.Target.Value, Note = r.Target.Note,
            }).ToList());
    }

    /// <summary>
    /// Adds <paramref name="row"/> when nothing has its key, or copies its values onto the tracked row that has it (same
    /// id; EF then updates only what differs, so saving the same catalog again writes nothing).
    /// </summary>
    private static void Put<TKey, TRow>(DbContext context, Dictionary<TKey, TRow> stored, TKey key, TRow row, Action<TRow, long> setId, Func<TRow, long> getId)
        where TKey : notnull where TRow : class
    {
        if (stored.TryGetValue(key, out var old))
        {
            setId(row, getId(old));
            context.Entry(old).CurrentValues.SetValues(row);
        }
        else
        {
            context.Add(row);
            stored[key] = row;
        }
    }

    private static T Known<T>(Dictionary<string, T> rows, string code, string what) =>
        rows.TryGetValue(code, out var row) ? row : throw new ArgumentException($"A target names {what} '{code}', which the catalog does not have.");

    private static long? UnitId(Dictionary<string, long> units, string? code) => code is not null && units.TryGetValue(code, out var id) ? id : null;

    // Enums are stored by their names, expressions as the catalog file spells them.
    private static DataElementEntity ElementRow(DataElement e) => new()
    {
        Code = e.Code, NameVi = e.NameVi, NameEn = e.NameEn, ValueType = e.ValueType.ToString(), Aggregation = e.Aggregation.ToString(),
        PeriodType = e.PeriodType.ToString(), ReportedAt = e.ReportedAt.ToString(), MinValue = e.Range.Min, MaxValue = e.Range.Max,
    };

    private static IndicatorEntity IndicatorRow(Indicator i) => new()
    {
        Code = i.Code, NameVi = i.NameVi, NameEn = i.NameEn, Kind = i.Kind.ToString(), Numerator = TermExpression.Print(i.Numerator),
        Denominator = TermExpression.Print(i.Denominator), Factor = i.Factor, Unit = i.Unit, Direction = i.Direction.ToString(),
        Decimals = i.Decimals, Annualised = i.Annualised, MinDenominator = i.MinDenominator,
    };

    private static TargetEntity TargetRow(Target t, long planId, long indicatorId, long? unitId) => new()
    {
        PlanId = planId, OrgUnitId = unitId, OrgUnitLabel = t.OrgUnitLabel, IndicatorId = indicatorId, Year = t.Year,
        Comparator = ComparatorSymbols.ToSymbol(t.Comparator), Value = t.Value, Note = t.Note,
    };

    private static DataElement ToElement(DataElementEntity r) => new()
    {
        Id = r.Id, Code = r.Code, NameVi = r.NameVi, NameEn = r.NameEn,
        ValueType = Enum.Parse<ElementValueType>(r.ValueType), Aggregation = Enum.Parse<AggregationType>(r.Aggregation),
        PeriodType = Enum.Parse<PeriodType>(r.PeriodType), ReportedAt = OrgUnitKindSet.Parse(r.ReportedAt),
        Range = r is { MinValue: { } min, MaxValue: { } max } ? new ValueRange(min, max) : ValueRange.Unbounded,
    };

    private static Indicator ToIndicator(IndicatorEntity r) => new()
    {
        Id = r.Id, Code = r.Code, NameVi = r.NameVi, NameEn = r.NameEn, Kind = Enum.Parse<IndicatorKind>(r.Kind),
        Numerator = TermExpression.Parse(r.Numerator), Denominator = TermExpression.Parse(r.Denominator), Factor = r.Factor,
        Unit = r.Unit, Direction = Enum.Parse<Direction>(r.Direction), Decimals = r.Decimals, Annualised = r.Annualised,
        MinDenominator = r.MinDenominator,
    };
}
