using System.Data.Common;
using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// Runs the data-quality checks over all raw values in the database itself (INSERT … SELECT, no rows through the app)
/// and replaces the findings in one transaction, so readers see the old findings or the new ones, never half.
/// </summary>
public sealed class DataQualityStore(Database database)
{
    private const string Insert = "INSERT INTO data_quality_finding (check_code, data_element_id, org_unit_id, period, value, reference, indicator_code, found_at) ";

    private const string NegativeSql = Insert +
        "SELECT @check, data_element_id, org_unit_id, period, value, NULL, NULL, @now FROM data_value WHERE value < 0";

    private const string RatioSql = Insert +
        "SELECT @check, n.data_element_id, n.org_unit_id, n.period, n.value, d.value, @indicator, @now " +
        "FROM data_value n JOIN data_value d ON d.data_element_id = @denominator AND d.org_unit_id = n.org_unit_id AND d.period = n.period " +
        "WHERE n.data_element_id = @numerator AND n.value > d.value";

    // Squared distances against 9 × variance: no square root, which SQLite may lack. The variance is the sample one.
    private const string OutlierSql = """
        WITH monthly AS (
            SELECT data_element_id, org_unit_id, period, value FROM data_value
            WHERE length(period) = 6 AND substr(period, 5, 1) <> 'Q'),
        stats AS (
            SELECT data_element_id, org_unit_id, AVG(value) AS mean,
                   (SUM(value * value) - COUNT(*) * AVG(value) * AVG(value)) / (COUNT(*) - 1) AS variance
            FROM monthly GROUP BY data_element_id, org_unit_id HAVING COUNT(*) >= 6)
        INSERT INTO data_quality_finding (check_code, data_element_id, org_unit_id, period, value, reference, indicator_code, found_at)
        SELECT @check, m.data_element_id, m.org_unit_id, m.period, m.value, s.mean, NULL, @now
        FROM monthly m JOIN stats s ON s.data_element_id = m.data_element_id AND s.org_unit_id = m.org_unit_id
        WHERE s.variance > 0 AND (m.value - s.mean) * (m.value - s.mean) > 9 * s.variance
        """;

    /// <summary>Runs every check and returns how many findings were stored.</summary>
    public async Task<long> RebuildAsync(IReadOnlyList<RatioPair> ratios, IProgress<double>? progress, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM data_quality_finding", null, cancellationToken);
        long found = await ExecuteAsync(connection, transaction, NegativeSql, new { check = DataQualityCheck.Negative, now }, cancellationToken);
        progress?.Report(0.2);
        for (var i = 0; i < ratios.Count; i++)
        {
            var pair = ratios[i];
            found += await ExecuteAsync(connection, transaction, RatioSql, new
            {
                check = DataQualityCheck.NumeratorAboveDenominator,
                indicator = pair.IndicatorCode,
                numerator = pair.NumeratorElementId,
                denominator = pair.DenominatorElementId,
                now,
            }, cancellationToken);
            progress?.Report(0.2 + 0.3 * (i + 1) / ratios.Count);
        }

        found += await ExecuteAsync(connection, transaction, OutlierSql, new { check = DataQualityCheck.Outlier, now }, cancellationToken);
        progress?.Report(0.95);
        await transaction.CommitAsync(cancellationToken);
        return found;
    }

    /// <summary>The findings, of one check when <paramref name="checkCode"/> is given.</summary>
    public async Task<IReadOnlyList<DataQualityFinding>> FindingsAsync(string? checkCode = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DataQualityFinding>(
            "SELECT id, check_code AS CheckCode, data_element_id AS DataElementId, org_unit_id AS OrgUnitId, period, value, reference, " +
            "indicator_code AS IndicatorCode FROM data_quality_finding WHERE @checkCode IS NULL OR check_code = @checkCode ORDER BY id",
            new { checkCode });
        return rows.ToList();
    }

    private static Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, object? parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, commandTimeout: 600, cancellationToken: cancellationToken));
}
