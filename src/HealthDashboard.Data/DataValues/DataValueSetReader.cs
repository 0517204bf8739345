using System.Data.Common;
using System.Runtime.CompilerServices;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// Streams the raw values of a unit (or its whole subtree, by materialised path) for some periods, for
/// <c>GET /api/dataValueSets</c>: read row by row, so a province's values never sit in memory at once.
/// </summary>
public sealed class DataValueSetReader(Database database)
{
    /// <param name="periods">Exact period codes; empty for every period.</param>
    public async IAsyncEnumerable<ExportedValue> ReadAsync(long unitId, string unitPath, bool children, IReadOnlyList<string> periods,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (children)
        {
            // A range on the path, which its index serves on both engines (LIKE would not use it on SQLite).
            where.Add("u.path >= @prefix AND u.path < @prefixEnd");
            Add(command, "prefix", unitPath);
            Add(command, "prefixEnd", unitPath[..^1] + (char)(unitPath[^1] + 1));
        }
        else
        {
            where.Add("v.org_unit_id = @unit");
            Add(command, "unit", unitId);
        }

        if (periods.Count > 0)
        {
            where.Add("v.period IN (" + string.Join(", ", periods.Select((p, i) => "@p" + i)) + ")");
            for (var i = 0; i < periods.Count; i++)
            {
                Add(command, "p" + i, periods[i]);
            }
        }

        command.CommandText =
            "SELECT e.code, u.code, v.period, v.value, v.comment, v.stored_by, v.updated_at FROM data_value v " +
            "JOIN org_unit u ON u.id = v.org_unit_id JOIN data_element e ON e.id = v.data_element_id " +
            $"WHERE {string.Join(" AND ", where)} ORDER BY u.code, v.period, e.code";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ExportedValue(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc));
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value);
        command.Parameters.Add(parameter);
    }
}
