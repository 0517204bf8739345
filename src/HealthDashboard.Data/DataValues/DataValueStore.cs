using System.Globalization;
using Dapper;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Aggregation;
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

    /// <summary>Every raw value of a subtree (by materialised path) whose period starts in [from, to].</summary>
    public async Task<IReadOnlyList<RawValue>> SubtreeAsync(string path, Period from, Period to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var reader = await connection.ExecuteReaderAsync(
            "SELECT v.data_element_id, v.org_unit_id, v.period, v.value FROM data_value v JOIN org_unit u ON u.id = v.org_unit_id " +
            "WHERE u.path LIKE @prefix AND substr(v.period, 1, 4) >= @fromYear AND substr(v.period, 1, 4) <= @toYear",
            new { prefix = path + "%", fromYear = from.Year.ToString("D4", CultureInfo.InvariantCulture), toYear = to.Year.ToString("D4", CultureInfo.InvariantCulture) });
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
}
