using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>The indicator for one period of a line, with its counts so a small denominator can be shown as such.</summary>
public sealed record TrendPoint(Period Period, IndicatorResult Result)
{
    /// <summary>For a year whose reports are not all due, the last month the point counts; otherwise null.</summary>
    public Period? Through { get; init; }

    /// <summary>"Năm 2026, đến Tháng 10/2026", "Quý 3/2026", "Tháng 10/2026".</summary>
    public string Label => Through is { } last
        ? PeriodFormatter.YearThrough(Period.Year, last, System.Globalization.CultureInfo.CurrentCulture)
        : PeriodFormatter.Format(Period, System.Globalization.CultureInfo.CurrentCulture);
}
