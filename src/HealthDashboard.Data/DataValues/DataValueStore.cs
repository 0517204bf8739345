using System.Globalization;
using Dapper;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Db;
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
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM data_value");
    }

    /// <summary>
    /// Saves one value by codes (insert or update) and its audit row in one transaction; returns the previous value.
    /// Unknown codes are the caller's input error and raise <see cref="ArgumentException"/> with nothing written.
    /// </summary>
    public async Task<double?> SaveAsync(DataValue value, string actor, string via, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var keys = await connection.QuerySingleOrDefaultAsync<(long ElementId, long UnitId)?>(
            "SELECT e.id, u.id FROM data_element e, org_unit u WHERE e.code = @ElementCode AND u.code = @OrgUnitCode",
            new { value.ElementCode, value.OrgUnitCode }, transaction)
            ?? throw new ArgumentException($"Unknown data element '{value.ElementCode}' or org unit '{value.OrgUnitCode}'.");
        var period = value.Period.ToString();
        var old = await connection.QuerySingleOrDefaultAsync<double?>(
            "SELECT value FROM data_value WHERE data_element_id = @e AND org_unit_id = @u AND period = @period",
            new { e = keys.ElementId, u = keys.UnitId, period }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO data_value (data_element_id, org_unit_id, period, value, comment, stored_by, updated_at) " +
            "VALUES (@e, @u, @period, @Value, @Comment, @actor, @at) ON CONFLICT (data_element_id, org_unit_id, period) DO UPDATE SET " +
            "value = excluded.value, comment = excluded.comment, stored_by = excluded.stored_by, updated_at = excluded.updated_at",
            new { e = keys.ElementId, u = keys.UnitId, period, value.Value, value.Comment, actor, at = DateTime.UtcNow }, transaction);
        await AuditStore.AppendAsync(connection, transaction, new AuditEntry
        {
            Actor = actor, Action = old is null ? "create" : "update", Entity = "data_value",
            EntityKey = $"{value.ElementCode}/{value.OrgUnitCode}/{period}", OldValue = Invariant(old), NewValue = Invariant(value.Value), Via = via,
        });
        await transaction.CommitAsync(cancellationToken);
        return old;
    }

    public async Task<DataValue?> GetAsync(string elementCode, string orgUnitCode, Period period, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(double Value, string? Comment, string? StoredBy, DateTime UpdatedAt)?>(
            "SELECT v.value, v.comment, v.stored_by, v.updated_at FROM data_value v JOIN data_element e ON e.id = v.data_element_id " +
            "JOIN org_unit u ON u.id = v.org_unit_id WHERE e.code = @elementCode AND u.code = @orgUnitCode AND v.period = @period",
            new { elementCode, orgUnitCode, period = period.ToString() });
        return row is not { } r ? null : new DataValue
        {
            ElementCode = elementCode, OrgUnitCode = orgUnitCode, Period = period, Value = r.Value, Comment = r.Comment,
            StoredBy = r.StoredBy, UpdatedAt = DateTime.SpecifyKind(r.UpdatedAt, DateTimeKind.Utc),
        };
    }

    /// <summary>Every raw value of a subtree (by materialised path) whose period starts in [from, to].</summary>
    public async Task<IReadOnlyList<RawValue>> SubtreeAsync(string path, Period from, Period to, CancellationToken cancellationToken = default)
    {
        // Both filters are ranges an index can serve: the subtree's units by path, then their values by (unit, period).
        // Period codes start with their year, so '2016' <= period < '2027' holds every month, quarter and year of 2016–2026.
        var units = database.IsPostgres ? "u.path LIKE @prefix || '%'" : "u.path >= @prefix AND u.path < @prefixEnd";
        await using var connection = await database.OpenAsync(cancellationToken);
        using var reader = await connection.ExecuteReaderAsync(
            "SELECT v.data_element_id, v.org_unit_id, v.period, v.value FROM org_unit u JOIN data_value v ON v.org_unit_id = u.id " +
            $"WHERE {units} AND v.period >= @fromYear AND v.period < @toYearEnd",
            new
            {
                prefix = path, prefixEnd = path[..^1] + (char)(path[^1] + 1),
                fromYear = from.Year.ToString("D4", CultureInfo.InvariantCulture), toYearEnd = (to.Year + 1).ToString("D4", CultureInfo.InvariantCulture),
            });
        var values = new List<RawValue>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var period = Period.Parse(reader.GetString(2));
            if (period.Start >= from.Start && period.Start <= to.End)
            {
                values.Add(new RawValue(reader.GetInt64(0), reader.GetInt64(1), period, reader.GetDouble(3)));
            }
        }

        return values;
    }

    /// <summary>Writes every raw value as <c>data_element,org_unit,period,value</c>, streamed, in key order.</summary>
    public async Task<long> ExportCsvAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT e.code, u.code, v.period, v.value FROM data_value v JOIN data_element e ON e.id = v.data_element_id " +
            "JOIN org_unit u ON u.id = v.org_unit_id ORDER BY e.code, u.code, v.period";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await output.WriteLineAsync("data_element,org_unit,period,value");
        long count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await output.WriteLineAsync(CsvFormat.Line(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.GetDouble(3).ToString("R", CultureInfo.InvariantCulture)));
            count++;
        }

        return count;
    }

    private static string? Invariant(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
