using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Station;

/// <summary>Monthly reports received over the twelve months <see cref="From"/>–<see cref="To"/>, and the months missed.</summary>
public sealed record StationReporting(Period From, Period To, int Received, IReadOnlyList<Period> Missed)
{
    public int Expected => 12;
}
