using System.Globalization;
using HealthDashboard.Domain.Periods;
using Npgsql;
using NpgsqlTypes;

namespace HealthDashboard.Data.Aggregates;

/// <summary>
/// Reads raw values by binary COPY, synchronously on its own thread: the async column reads cost more than the
/// values themselves when there are tens of millions of them.
/// </summary>
internal static class PostgresRawReader
{
    private const int StepMask = 0xFFFF;

    public static long Read(NpgsqlConnection connection, IReadOnlyList<long> elements, Action<long, long, Period, double> sink,
        Action<int> rowsRead, CancellationToken cancellationToken)
    {
        using var copy = connection.BeginBinaryExport(
            "COPY (SELECT data_element_id, org_unit_id, period, value FROM data_value WHERE data_element_id IN (" +
            string.Join(',', elements.Select(e => e.ToString(CultureInfo.InvariantCulture))) + ")) TO STDOUT (FORMAT BINARY)");
        // A partition of a national database streams for longer than the 30 s command timeout (and zero would time out at once).
        copy.Timeout = TimeSpan.FromHours(2);
        var periods = new PeriodCache();
        long count = 0;
        while (copy.StartRow() >= 0)
        {
            var element = copy.Read<long>(NpgsqlDbType.Bigint);
            var unit = copy.Read<long>(NpgsqlDbType.Bigint);
            var period = periods.Parse(copy.Read<string>(NpgsqlDbType.Text));
            sink(element, unit, period, copy.Read<double>(NpgsqlDbType.Double));
            if ((++count & StepMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowsRead(StepMask + 1);
            }
        }

        return count;
    }
}
