using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// The data-quality checks over every raw value: the form's part ≤ whole rules (and the catalog's other percentages),
/// negatives, and outliers against each unit's own monthly history. Follow-ups survive the rebuild (see the store).
/// </summary>
public sealed class DataQualityJob(
    CatalogStore catalog, DataQualityStore quality, JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> options, ILogger<DataQualityJob> logger)
    : RecordedJob(runs, activity, node, options, logger)
{
    protected override async Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken)
    {
        var loaded = await catalog.LoadAsync(cancellationToken);
        progress.Report(0.05);
        return await quality.RebuildAsync(PartWholePair.From(loaded), OutlierElements(loaded), progress, cancellationToken);
    }

    /// <summary>
    /// The elements whose monthly series are scored: not yes/no flags, and not the report flags (a missed report is a
    /// completeness matter, listed on the unit pages, not an odd value).
    /// </summary>
    public static IReadOnlySet<long> OutlierElements(IndicatorCatalog catalog) => catalog.Elements
        .Where(e => e.ValueType != ElementValueType.Boolean && !e.Code.StartsWith("REPORT_", StringComparison.Ordinal))
        .Select(e => e.Id)
        .ToHashSet();
}
