using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Realtime.Postgres;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Jobs;

/// <summary>The data-quality checks over every raw value: negatives, numerators above denominators, outliers.</summary>
public sealed class DataQualityJob(
    CatalogStore catalog, DataQualityStore quality, JobRunStore runs, JobActivity activity, NodeIdentity node, IOptions<JobsOptions> options, ILogger<DataQualityJob> logger)
    : RecordedJob(runs, activity, node, options, logger)
{
    protected override async Task<long> RunAsync(IProgress<double> progress, CancellationToken cancellationToken)
    {
        var ratios = RatioPair.From(await catalog.LoadAsync(cancellationToken));
        progress.Report(0.05);
        return await quality.RebuildAsync(ratios, progress, cancellationToken);
    }
}
