using System.Data.Common;
using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// Runs the data-quality checks over all raw values and replaces the findings in one transaction, so readers see the
/// old findings or the new ones, never half. Follow-ups (data_quality_resolution) are not touched: they attach to a
/// finding by its key, so a rebuild keeps them and a changed value shows up open again.
/// </summary>
public sealed class DataQualityStore(Database database)
{
    private const string NegativeSql = "SELECT p.data_element_id AS PartId, p.org_unit_id AS UnitId, p.period, p.value AS Part FROM data_value p WHERE p.value < 0";

    private const string PairSql =
        "SELECT p.data_element_id AS PartId, p.org_unit_id AS UnitId, p.period, p.value AS Part, w.value AS Whole " +
        "FROM data_value p JOIN data_value w ON w.data_element_id = @whole AND w.org_unit_id = p.org_unit_id AND w.period = p.period " +
        "WHERE p.data_element_id = @part AND p.value > w.value";

    private const string InsertSql =
        "INSERT INTO data_quality_finding (finding_key, check_code, rule_code, data_element_id, reference_element_id, org_unit_id, period, " +
        "period_month, value, reference, score, found_at) VALUES (@FindingKey, @CheckCode, @RuleCode, @DataElementId, @ReferenceElementId, " +
        "@OrgUnitId, @Period, @PeriodMonth, @Value, @Reference, @Score, @FoundAt)";

    /// <summary>
    /// Runs every check and returns how many findings were stored. <paramref name="outlierElementIds"/> are the
    /// elements whose monthly series are scored (not yes/no flags). Memory holds one unit's series at a time and the
    /// findings, never the values.
    /// </summary>
    public async Task<long> RebuildAsync(IReadOnlyList<PartWholePair> pairs, IReadOnlySet<long> outlierElementIds, IProgress<double>? progress,
        CancellationToken cancellationToken = default) =>
        await ReplaceAsync(pairs, outlierElementIds, null, progress, cancellationToken);

    /// <summary>
    /// The same checks over the values a write touched only, replacing just their findings, so a committed import's
    /// outliers and broken pairs are on /quality at once rather than after the nightly run.
    /// </summary>
    public async Task<long> RefreshAsync(IReadOnlyList<PartWholePair> pairs, IReadOnlySet<long> outlierElementIds, DataQualityScope scope,
        CancellationToken cancellationToken = default) =>
        scope.UnitIds.Count == 0 || scope.ElementIds.Count == 0 ? 0 : await ReplaceAsync(pairs, outlierElementIds, scope, null, cancellationToken);

    private async Task<long> ReplaceAsync(IReadOnlyList<PartWholePair> pairs, IReadOnlySet<long> outlierElementIds, DataQualityScope? scope,
        IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var findings = new List<FindingRow>();
        var units = scope is null ? "" : $" AND p.org_unit_id IN ({scope.UnitList})";
        if (scope is not null)
        {
            var touched = scope.ElementIds.ToHashSet();
            pairs = pairs.Where(p => touched.Contains(p.PartElementId) || touched.Contains(p.WholeElementId)).ToList();
        }

        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var negative = NegativeSql + (scope is null ? "" : $" AND p.data_element_id IN ({scope.ElementList}){units}");
            foreach (var hit in await QueryAsync(connection, negative, null, cancellationToken))
            {
                findings.Add(FindingRow.Of(DataQualityCheck.Negative, null, hit.PartId, null, hit.UnitId, hit.Period, hit.Part, null, null, now));
            }

            progress?.Report(0.1);
            for (var i = 0; i < pairs.Count; i++)
            {
                var pair = pairs[i];
                foreach (var hit in await QueryAsync(connection, PairSql + units, new { part = pair.PartElementId, whole = pair.WholeElementId }, cancellationToken))
                {
                    findings.Add(FindingRow.Of(pair.CheckCode, pair.RuleCode, hit.PartId, pair.WholeElementId, hit.UnitId, hit.Period, hit.Part, hit.Whole, null, now));
                }

                progress?.Report(0.1 + 0.3 * (i + 1) / pairs.Count);
            }

            await foreach (var outlier in OutlierScan.RunAsync(connection, outlierElementIds, scope, cancellationToken))
            {
                findings.Add(FindingRow.Of(DataQualityCheck.Outlier, null, outlier.ElementId, null, outlier.UnitId, outlier.Period,
                    outlier.Value, outlier.Median, outlier.Score, now));
            }

            progress?.Report(0.8);
        }

        await using var writer = await database.OpenAsync(cancellationToken);
        await using var transaction = await writer.BeginTransactionAsync(cancellationToken);
        var delete = scope is null ? "DELETE FROM data_quality_finding"
            : $"DELETE FROM data_quality_finding WHERE org_unit_id IN ({scope.UnitList}) " +
              $"AND (data_element_id IN ({scope.ElementList}) OR reference_element_id IN ({scope.ElementList}))";
        await writer.ExecuteAsync(new CommandDefinition(delete, transaction: transaction, cancellationToken: cancellationToken));
        // One key once: a value can break a rule only one way, but two ratios may name the same pair of elements.
        var distinct = findings.DistinctBy(f => f.FindingKey).ToList();
        await writer.ExecuteAsync(new CommandDefinition(InsertSql, distinct, transaction, commandTimeout: 600, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(0.95);
        return distinct.Count;
    }

    private static async Task<IEnumerable<Hit>> QueryAsync(DbConnection connection, string sql, object? parameters, CancellationToken cancellationToken) =>
        await connection.QueryAsync<Hit>(new CommandDefinition(sql, parameters, commandTimeout: 600, cancellationToken: cancellationToken));

    private sealed record Hit
    {
        public long PartId { get; init; }
        public long UnitId { get; init; }
        public string Period { get; init; } = "";
        public double Part { get; init; }
        public double? Whole { get; init; }
    }
}
