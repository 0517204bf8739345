using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>The periods the reference is checked on: every month of 2023, every quarter and every year of 2022–2024.</summary>
internal static class SampledPeriods
{
    public static IReadOnlyList<Period> All { get; } =
    [
        .. Enumerable.Range(1, 12).Select(m => Period.Month(2023, m)),
        .. Enumerable.Range(2022, 3).SelectMany(y => Enumerable.Range(1, 4).Select(q => Period.Quarter(y, q))),
        .. Enumerable.Range(2022, 3).Select(Period.OfYear),
    ];
}
