using Dapper;
using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// The reporting_completeness table: for every commune health station and every commune, and every month from the
/// first reported month through the last month whose reporting deadline has passed, whether the unit reported. A
/// station reported when it has any value for the month; a commune when it or one of its stations has.
/// </summary>
public sealed class CompletenessStore(Database database)
{
    // Month numbers (year × 12 + month − 1) are spelled as DHIS2 periods, yyyyMM, with the same SQL on both engines.
    private const string RebuildSql = """
        WITH RECURSIVE months(i) AS (
            SELECT @first UNION ALL SELECT i + 1 FROM months WHERE i < @last),
        month_list AS (
            SELECT i, CAST(i / 12 AS TEXT) || CASE WHEN i % 12 < 9 THEN '0' ELSE '' END || CAST(i % 12 + 1 AS TEXT) AS period
            FROM months),
        reported AS (
            SELECT org_unit_id, period, COUNT(*) AS n FROM data_value
            WHERE length(period) = 6 AND substr(period, 5, 1) <> 'Q' AND period >= @firstPeriod AND period <= @lastPeriod
            GROUP BY org_unit_id, period),
        credited AS (
            SELECT r.org_unit_id AS unit_id, r.period, r.n FROM reported r
            UNION ALL
            SELECT o.parent_id, r.period, r.n FROM reported r JOIN org_unit o ON o.id = r.org_unit_id WHERE o.kind = 'station'),
        per_unit AS (
            SELECT unit_id, period, SUM(n) AS n FROM credited GROUP BY unit_id, period),
        units AS (
            SELECT id, {0} AS from_i, {1} AS to_i FROM org_unit WHERE kind IN ('station', 'commune'))
        INSERT INTO reporting_completeness (org_unit_id, period, reported, value_count, computed_at)
        SELECT u.id, m.period, COALESCE(p.n, 0) > 0, COALESCE(p.n, 0), @now
        FROM units u
        JOIN month_list m ON m.i >= u.from_i AND (u.to_i IS NULL OR m.i <= u.to_i)
        LEFT JOIN per_unit p ON p.unit_id = u.id AND p.period = m.period
        """;

    /// <summary>The first month anyone reported, or null when there are no monthly values.</summary>
    public async Task<Period?> FirstReportedMonthAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var first = await connection.ExecuteScalarAsync<string?>(
            "SELECT MIN(period) FROM data_value WHERE length(period) = 6 AND substr(period, 5, 1) <> 'Q'");
        return first is not null && Period.TryParse(first, out var period) ? period : null;
    }

    /// <summary>Replaces the whole table with the months <paramref name="from"/> through <paramref name="through"/>; returns the rows written.</summary>
    public async Task<long> RebuildAsync(Period from, Period through, CancellationToken cancellationToken = default)
    {
        if (from.Type != PeriodType.Month || through.Type != PeriodType.Month)
        {
            throw new ArgumentException("Completeness is monthly: give two months.");
        }

        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, RebuildSql, MonthNumberOf("valid_from"), MonthNumberOf("valid_to"));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM reporting_completeness", transaction: transaction, cancellationToken: cancellationToken));
        var written = through.CompareTo(from) < 0
            ? 0
            : await connection.ExecuteAsync(new CommandDefinition(sql, new
            {
                first = MonthNumber(from),
                last = MonthNumber(through),
                firstPeriod = from.ToString(),
                lastPeriod = through.ToString(),
                now = DateTime.UtcNow,
            }, transaction, commandTimeout: 600, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>One unit's months, oldest first.</summary>
    public async Task<IReadOnlyList<MonthCompleteness>> ForUnitAsync(long orgUnitId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MonthCompleteness>(
            "SELECT org_unit_id AS OrgUnitId, period, reported, value_count AS ValueCount FROM reporting_completeness " +
            "WHERE org_unit_id = @orgUnitId ORDER BY period", new { orgUnitId });
        return rows.ToList();
    }

    private static int MonthNumber(Period month) => month.Year * 12 + month.Index - 1;

    // SQLite keeps dates as ISO text, PostgreSQL as date: the one place the two engines need different SQL here.
    private string MonthNumberOf(string column) => database.IsPostgres
        ? $"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM {column}) AS INTEGER) - 1"
        : $"CAST(substr({column}, 1, 4) AS INTEGER) * 12 + CAST(substr({column}, 6, 2) AS INTEGER) - 1";
}
