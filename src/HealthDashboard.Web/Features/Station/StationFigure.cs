using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.Station;

/// <summary>
/// One line of a station's profile: the latest value reported (and when), or null when the station never reported it.
/// For a share, <see cref="Numerator"/> and <see cref="Denominator"/> are the counts it was divided from.
/// </summary>
public sealed record StationFigure(string Key, StationFigureKind Kind, double? Value, Period? Period, double? Numerator = null, double? Denominator = null);
