using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// A year's figures as a page shows them: counted from January through the last month the page lets in (by default
/// the last whose reports are all due, so a month still being reported never passes for a finished one), judged on
/// those months, and nothing for a year none of whose months is let in yet.
/// </summary>
public sealed class YearFigures
{
    private readonly AggregateSnapshot _snapshot;
    private readonly Func<int, Period?> _through;

    private YearFigures(AggregateSnapshot snapshot, Func<int, Period?> through)
    {
        _snapshot = snapshot;
        _through = through;
    }

    /// <summary>Through the last month whose reports are all due (<see cref="ReportingCalendar.DueThrough"/>).</summary>
    public static YearFigures Due(AggregateSnapshot snapshot, ReportingCalendar calendar) => new(snapshot, calendar.DueThrough);

    /// <summary>With the months still being reported, up to this one (<see cref="ReportingCalendar.ArrivingThrough"/>).</summary>
    public static YearFigures Arriving(AggregateSnapshot snapshot, ReportingCalendar calendar) => new(snapshot, calendar.ArrivingThrough);

    /// <summary>The last month of <paramref name="year"/> counted; null when none is.</summary>
    public Period? Through(int year) => _through(year);

    public IndicatorResult Value(Indicator indicator, int unit, int year) =>
        Through(year) is { } last ? _snapshot.ValueThrough(indicator, unit, last) : IndicatorResult.NoData;

    public StatusAssessment Status(Indicator indicator, int unit, int year) =>
        Through(year) is { } last ? _snapshot.Status(indicator, unit, year, last) : StatusAssessment.NoData;
}
