using System.Globalization;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Db;
using Microsoft.EntityFrameworkCore;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.DataValues;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Text;

namespace HealthDashboard.Data.DataValues;

/// <summary>Reads raw values for aggregation and export; single writes go with an audit row in one transaction.</summary>
public sealed class DataValueStore(Database database)
{
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await context.DataValues.LongCountAsync(cancellationToken);
    }

    /// <summary>
    /// Saves one value by codes (insert or update) and its audit row in one transaction; returns the previous value.
    /// Unknown codes are the caller's input error and raise <see cref="ArgumentException"/> with nothing written.
    /// </summary>
    public async Task<double?> SaveAsync(DataValue value, string actor, string via, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var elementId = await context.DataElements.Where(e => e.Code == value.ElementCode).Select(e => (long?)e.Id).SingleOrDefaultAsync(cancellationToken);
        var unitId = await context.OrgUnits.Where(u => u.Code == value.OrgUnitCode).Select(u => (long?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (elementId is not { } e || unitId is not { } u)
        {
            throw new ArgumentException($"Unknown data element '{value.ElementCode}' or org unit '{value.OrgUnitCode}'.");
        }

        var period = value.Period.ToString();
        var old = await context.DataValues.Where(v => v.DataElementId == e && v.OrgUnitId == u && v.Period == period)
            .Select(v => (double?)v.Value).SingleOrDefaultAsync(cancellationToken);
        // An upsert in SQL: two officers saving the same cell at once must both succeed (last one wins), which a
        // read-then-insert through the change tracker cannot promise.
        var at = DateTime.UtcNow;
        await context.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO data_value (data_element_id, org_unit_id, period, value, comment, stored_by, updated_at)
             VALUES ({e}, {u}, {period}, {value.Value}, {value.Comment}, {actor}, {at})
             ON CONFLICT (data_element_id, org_unit_id, period) DO UPDATE SET value = excluded.value,
             comment = excluded.comment, stored_by = excluded.stored_by, updated_at = excluded.updated_at
             """, cancellationToken);
        AuditStore.Add(context, new AuditEntry
        {
            Actor = actor, Action = old is null ? "create" : "update", Entity = "data_value",
            EntityKey = $"{value.ElementCode}/{value.OrgUnitCode}/{period}", OldValue = Invariant(old), NewValue = Invariant(value.Value), Via = via,
        });
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return old;
    }

    public async Task<DataValue?> GetAsync(string elementCode, string orgUnitCode, Period period, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var code = period.ToString();
        var row = await (
            from v in context.DataValues
            join e in context.DataElements on v.DataElementId equals e.Id
            join u in context.OrgUnits on v.OrgUnitId equals u.Id
            where e.Code == elementCode && u.Code == orgUnitCode && v.Period == code
            select v).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new DataValue
        {
            ElementCode = elementCode, OrgUnitCode = orgUnitCode, Period = period, Value = row.Value, Comment = row.Comment,
            StoredBy = row.StoredBy, UpdatedAt = row.UpdatedAt,
        };
    }

    /// <summary>Every raw value of a subtree (by materialised path) whose period starts in [from, to].</summary>
    public async Task<IReadOnlyList<RawValue>> SubtreeAsync(string path, Period from, Period to, CancellationToken cancellationToken = default)
    {
        // Both filters are ranges an index can serve: the subtree's units by path, then their values by (unit, period).
        // Period codes start with their year, so '2016' <= period < '2027' holds every month, quarter and year of 2016–2026.
        // On PostgreSQL a prefix LIKE (StartsWith) uses the path's text_pattern_ops index; on SQLite only a range does.
        var prefixEnd = path[..^1] + (char)(path[^1] + 1);
        var fromYear = from.Year.ToString("D4", CultureInfo.InvariantCulture);
        var toYearEnd = (to.Year + 1).ToString("D4", CultureInfo.InvariantCulture);
        await using var context = database.Context();
        var units = database.IsPostgres
            ? context.OrgUnits.Where(u => u.Path.StartsWith(path))
            : context.OrgUnits.Where(u => string.Compare(u.Path, path) >= 0 && string.Compare(u.Path, prefixEnd) < 0);
        var rows = from u in units
                   join v in context.DataValues on u.Id equals v.OrgUnitId
                   where string.Compare(v.Period, fromYear) >= 0 && string.Compare(v.Period, toYearEnd) < 0
                   select new { v.DataElementId, v.OrgUnitId, v.Period, v.Value };
        var values = new List<RawValue>();
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var period = Period.Parse(row.Period);
            if (period.Start >= from.Start && period.Start <= to.End)
            {
                values.Add(new RawValue(row.DataElementId, row.OrgUnitId, period, row.Value));
            }
        }

        return values;
    }

    /// <summary>Writes every raw value as <c>data_element,org_unit,period,value</c>, streamed, in key order.</summary>
    public async Task<long> ExportCsvAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var rows = from v in context.DataValues
                   join e in context.DataElements on v.DataElementId equals e.Id
                   join u in context.OrgUnits on v.OrgUnitId equals u.Id
                   orderby e.Code, u.Code, v.Period
                   select new { Element = e.Code, Unit = u.Code, v.Period, v.Value };
        await output.WriteLineAsync("data_element,org_unit,period,value");
        long count = 0;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await output.WriteLineAsync(CsvFormat.Line(row.Element, row.Unit, row.Period, row.Value.ToString("R", CultureInfo.InvariantCulture)));
            count++;
        }

        return count;
    }

    private static string? Invariant(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
