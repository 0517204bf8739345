using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Reporting;

/// <summary>
/// Reads which monthly reports are owed and not yet counted: every commune health station owes one report for each
/// month it was open in (any day of it), and that debt is the value REPORT_DUE = 1. Only reads: the values are written
/// through the app's one write path (audited, pushed live), which lives in the web project.
/// </summary>
public sealed class ReportDueStore(Database database)
{
    /// <summary>The first month with any monthly value, or null when there is none: reports are owed from then on.</summary>
    public async Task<Period?> FirstMonthWithDataAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        // Six characters and no Q: a month (yyyyMM), not a year or a quarter (yyyyQn).
        var first = await context.DataValues.Where(v => v.Period.Length == 6 && v.Period.Substring(4, 1) != "Q")
            .Select(v => (string?)v.Period).MinAsync(cancellationToken);
        return first is not null && Period.TryParse(first, out var period) ? period : null;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> station-months from <paramref name="from"/> through <paramref name="through"/>
    /// without a value of the element <paramref name="dueElementId"/>, in a stable order. Callers write a page and ask
    /// again: what was written is no longer missing, so memory stays one page whatever the country's size.
    /// </summary>
    public async Task<IReadOnlyList<ReportDueKey>> MissingAsync(long dueElementId, Period from, Period through, int limit,
        CancellationToken cancellationToken = default)
    {
        if (from.Type != PeriodType.Month || through.Type != PeriodType.Month)
        {
            throw new ArgumentException("Reports are monthly: give two months.");
        }

        if (through.CompareTo(from) < 0)
        {
            return [];
        }

        await using var context = database.Context();
        // A whole country's stations times the months since the data began: longer than the default 30 s may be needed.
        context.Database.SetCommandTimeout(600);
        return await context.Database
            .SqlQueryRaw<ReportDueKey>(MissingSql(), MonthNumber(from), MonthNumber(through), dueElementId, limit)
            .ToListAsync(cancellationToken);
    }

    // SQL rather than LINQ: a recursive list of months has no LINQ form. Month numbers (year × 12 + month − 1) are
    // spelled as DHIS2 periods, yyyyMM, with the same SQL on both engines. NOT EXISTS on data_value's primary key: the
    // anti-join reads only the keys it asks about. {0}–{3} are parameters: first and last month, the element, the limit.
    private string MissingSql() => $$"""
        WITH RECURSIVE months(i) AS (
            SELECT {0} UNION ALL SELECT i + 1 FROM months WHERE i < {1}),
        month_list AS (
            SELECT i, CAST(i / 12 AS TEXT) || CASE WHEN i % 12 < 9 THEN '0' ELSE '' END || CAST(i % 12 + 1 AS TEXT) AS period
            FROM months),
        stations AS (
            SELECT id, code, {{MonthNumberOf("valid_from")}} AS from_i, {{MonthNumberOf("valid_to")}} AS to_i FROM org_unit WHERE kind = 'station')
        SELECT s.code AS unit_code, m.period AS period
        FROM stations s
        JOIN month_list m ON m.i >= s.from_i AND (s.to_i IS NULL OR m.i <= s.to_i)
        WHERE NOT EXISTS (
            SELECT 1 FROM data_value d WHERE d.data_element_id = {2} AND d.org_unit_id = s.id AND d.period = m.period)
        ORDER BY s.code, m.period
        LIMIT {3}
        """;

    private static int MonthNumber(Period month) => month.Year * 12 + month.Index - 1;

    // SQLite keeps dates as ISO text, PostgreSQL as date: the one place the two engines need different SQL here.
    private string MonthNumberOf(string column) => database.IsPostgres
        ? $"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM {column}) AS INTEGER) - 1"
        : $"CAST(substr({column}, 1, 4) AS INTEGER) * 12 + CAST(substr({column}, 6, 2) AS INTEGER) - 1";
}
