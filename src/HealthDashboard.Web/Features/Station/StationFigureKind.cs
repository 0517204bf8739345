namespace HealthDashboard.Web.Features.Station;

/// <summary>How a profile figure reads: a head count, yes/no, or a share of a list (with its counts).</summary>
public enum StationFigureKind
{
    Count = 1,
    YesNo = 2,
    Share = 3,
}
