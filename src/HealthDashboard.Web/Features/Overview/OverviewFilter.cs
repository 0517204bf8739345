using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Overview;

/// <summary>
/// The overview's filters, from the query string (<c>?plan=AG-NQ20&amp;year=2024&amp;periodType=quarter&amp;arriving=1</c>)
/// so that a filtered view can be shared: only the plan's indicators; the figures of one year instead of the latest;
/// the latest month or quarter instead of the year; the months still being reported counted in (by default figures
/// stop at the last month whose reports are all due).
/// </summary>
public sealed record OverviewFilter(string? Plan, int? Year, PeriodType PeriodType, bool Arriving = false)
{
    public static readonly OverviewFilter None = new(null, null, PeriodType.Year);

    public bool IsNone => this == None;

    /// <summary>Reads the query's values; a value that makes no sense is dropped and named in <paramref name="problems"/>.</summary>
    public static OverviewFilter Parse(string? plan, string? year, string? periodType, string? arriving, IReadOnlyList<Plan> plans, int firstYear, int currentYear,
        out IReadOnlyList<string> problems)
    {
        var wrong = new List<string>();
        var knownPlan = string.IsNullOrWhiteSpace(plan) ? null : plans.FirstOrDefault(p => string.Equals(p.Code, plan, StringComparison.OrdinalIgnoreCase))?.Code;
        if (!string.IsNullOrWhiteSpace(plan) && knownPlan is null)
        {
            wrong.Add("plan");
        }

        int? chosenYear = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y >= firstYear && y <= currentYear)
            {
                chosenYear = y;
            }
            else
            {
                wrong.Add("year");
            }
        }

        var type = periodType?.ToLowerInvariant() switch
        {
            null or "" or "year" => PeriodType.Year,
            "quarter" => PeriodType.Quarter,
            "month" => PeriodType.Month,
            _ => (PeriodType?)null,
        };
        if (type is null)
        {
            wrong.Add("periodType");
        }

        var withArriving = arriving?.Trim() switch
        {
            null or "" or "0" => false,
            "1" => true,
            _ => (bool?)null,
        };
        if (withArriving is null)
        {
            wrong.Add("arriving");
        }

        problems = wrong;
        return new OverviewFilter(knownPlan, chosenYear, type ?? PeriodType.Year, withArriving ?? false);
    }

    public string? PeriodTypeQuery => PeriodType == PeriodType.Year ? null : PeriodType.ToString().ToLowerInvariant();
}
