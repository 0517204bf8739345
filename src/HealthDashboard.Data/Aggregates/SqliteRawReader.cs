using System.Globalization;
using HealthDashboard.Domain.Periods;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HealthDashboard.Data.Aggregates;

/// <summary>
/// Reads raw values straight through SQLite's statement API: through ADO.NET each row costs about 0.6 µs of
/// wrappers and a string for its period, several times what SQLite itself needs, and this loop reads millions of rows.
/// </summary>
internal static class SqliteRawReader
{
    private const int StepMask = 0xFFFF;

    public static long Read(SqliteConnection connection, IReadOnlyList<long> elements, Action<long, long, Period, double> sink,
        Action<int> rowsRead, CancellationToken cancellationToken)
    {
        // Ids are our own numbers, so inlining them is safe; the primary key starts with the element, so each is a range seek.
        var ids = string.Join(',', elements.Select(e => e.ToString(CultureInfo.InvariantCulture)));
        var handle = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(handle,
            $"SELECT data_element_id, org_unit_id, period, value FROM data_value WHERE data_element_id IN ({ids})", out var statement);
        SqliteException.ThrowExceptionForRC(rc, handle);
        using (statement)
        {
            var periods = new PeriodCache();
            long count = 0;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                sink(raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_int64(statement, 1),
                    periods.Parse(raw.sqlite3_column_blob(statement, 2)), raw.sqlite3_column_double(statement, 3));
                if ((++count & StepMask) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    rowsRead(StepMask + 1);
                }
            }

            SqliteException.ThrowExceptionForRC(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc, handle);
            return count;
        }
    }
}
