using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// Runs the data-quality checks over all raw values and replaces the findings in one transaction, so readers see the
/// old findings or the new ones, never half. Follow-ups (data_quality_resolution) are not touched: they attach to a
/// finding by its key, so a rebuild keeps them and a changed value shows up open again.
/// </summary>
public sealed class DataQualityStore(Database database)
{
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
        if (scope is not null)
        {
            var touched = scope.ElementIds.ToHashSet();
            pairs = pairs.Where(p => touched.Contains(p.PartElementId) || touched.Contains(p.WholeElementId)).ToList();
        }

        await using (var reader = database.Context())
        {
            // A country's values are read in one go: longer than the default 30 s may be needed.
            reader.Database.SetCommandTimeout(600);
            var negatives = reader.DataValues.Where(p => p.Value < 0);
            negatives = scope is null ? negatives : scope.Touched(negatives);
            foreach (var hit in await negatives.Select(p => new { p.DataElementId, p.OrgUnitId, p.Period, p.Value }).ToListAsync(cancellationToken))
            {
                findings.Add(FindingRow.Of(DataQualityCheck.Negative, null, hit.DataElementId, null, hit.OrgUnitId, hit.Period, hit.Value, null, null, now));
            }

            progress?.Report(0.1);
            for (var i = 0; i < pairs.Count; i++)
            {
                var pair = pairs[i];
                foreach (var hit in await PartsAboveWholeAsync(reader, pair, scope, cancellationToken))
                {
                    findings.Add(FindingRow.Of(pair.CheckCode, pair.RuleCode, pair.PartElementId, pair.WholeElementId, hit.OrgUnitId, hit.Period,
                        hit.Part, hit.Whole, null, now));
                }

                progress?.Report(0.1 + 0.3 * (i + 1) / pairs.Count);
            }

            await foreach (var outlier in OutlierScan.RunAsync(reader, outlierElementIds, scope, cancellationToken))
            {
                findings.Add(FindingRow.Of(DataQualityCheck.Outlier, null, outlier.ElementId, null, outlier.UnitId, outlier.Period,
                    outlier.Value, outlier.Median, outlier.Score, now));
            }

            progress?.Report(0.8);
        }

        await using var writer = database.Context();
        writer.Database.SetCommandTimeout(600);
        await using var transaction = await writer.Database.BeginTransactionAsync(cancellationToken);
        var stale = writer.DataQualityFindings.AsQueryable();
        if (scope is not null)
        {
            var (units, elements) = (scope.UnitIds.ToArray(), scope.ElementIds.ToArray());
            stale = stale.Where(f => EF.Constant(units).Contains(f.OrgUnitId)
                && (EF.Constant(elements).Contains(f.DataElementId) || (f.ReferenceElementId != null && EF.Constant(elements).Contains(f.ReferenceElementId.Value))));
        }

        await stale.ExecuteDeleteAsync(cancellationToken);
        // One key once: a value can break a rule only one way, but two ratios may name the same pair of elements.
        var distinct = findings.DistinctBy(f => f.FindingKey).ToList();
        writer.ChangeTracker.AutoDetectChangesEnabled = false;
        writer.DataQualityFindings.AddRange(distinct.Select(f => f.ToEntity()));
        await writer.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(0.95);
        return distinct.Count;
    }

    /// <summary>The pair's part values above their whole, in the same unit and period (only the scope's units when given).</summary>
    private static async Task<List<PairHit>> PartsAboveWholeAsync(DashboardDbContext context, PartWholePair pair, DataQualityScope? scope,
        CancellationToken cancellationToken)
    {
        var parts = context.DataValues.Where(p => p.DataElementId == pair.PartElementId);
        if (scope is not null)
        {
            var units = scope.UnitIds.ToArray();
            parts = parts.Where(p => EF.Constant(units).Contains(p.OrgUnitId));
        }

        return await (
            from p in parts
            join w in context.DataValues on new { p.OrgUnitId, p.Period } equals new { w.OrgUnitId, w.Period }
            where w.DataElementId == pair.WholeElementId && p.Value > w.Value
            select new PairHit(p.OrgUnitId, p.Period, p.Value, w.Value)).ToListAsync(cancellationToken);
    }

    private sealed record PairHit(long OrgUnitId, string Period, double Part, double Whole);
}
