using System.Globalization;
using HealthDashboard.Data.Reporting;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.DataValues;

namespace HealthDashboard.Web.Features.Completeness;

/// <summary>
/// Every commune health station owes one report for each month that has ended, from the first month with any data, so
/// REPORT_DUE = 1 must exist for each: without it a station that sent nothing would drop out of completeness instead
/// of counting against it. Writes only the missing keys, through the one write path (audited as "system" via "job",
/// pushed to open pages), so a second run writes nothing. The report form writes REPORT_DONE and REPORT_ON_TIME.
/// </summary>
public sealed class ReportDueUpkeep(ReportDueStore due, CatalogCache catalog, DataValueWriter writer)
{
    public const string DueElement = "REPORT_DUE";
    public const string Actor = "system";
    public const string Via = "job";

    /// <summary>The write path takes at most this many values a request.</summary>
    public const int BatchSize = DataValueValidator.MaxValues;

    /// <summary>Writes what is missing for the months before <paramref name="today"/>'s; returns how many values it wrote.</summary>
    public async Task<long> RunAsync(DateOnly today, IProgress<double>? progress, CancellationToken cancellationToken = default)
    {
        if ((await catalog.CatalogAsync(cancellationToken)).Element(DueElement) is not { } element
            || await due.FirstMonthWithDataAsync(cancellationToken) is not { } first)
        {
            return 0;
        }

        var through = Period.MonthOf(today).Previous();
        long written = 0;
        while (true)
        {
            // Each page is what is still missing: what the last page wrote is gone from it, so memory stays one page.
            var missing = await due.MissingAsync(element.Id, first, through, BatchSize, cancellationToken);
            if (missing.Count == 0)
            {
                break;
            }

            var result = await writer.WriteAsync(missing.Select(k => new DataValueInput(DueElement, k.UnitCode, k.Period, "1")).ToList(), Actor, Via, cancellationToken);
            if (!result.Saved)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"REPORT_DUE could not be written ({result.Problems.Count} problems), e.g. value {result.Problems[0].Index}: {result.Problems[0].Message}"));
            }

            written += missing.Count;
            // The total is not known up front: creep towards the end, so a large first run still shows it is moving.
            progress?.Report(1 - 1.0 / (2 + written / (double)BatchSize));
            if (missing.Count < BatchSize)
            {
                break;
            }
        }

        progress?.Report(1);
        return written;
    }
}
