using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Station;

/// <summary>A commune health station's profile (trạm y tế xã): staff, national criteria, services, medicines, reporting.</summary>
public sealed record StationProfile(OrgUnit Station, IReadOnlyList<StationFigure> Figures, StationReporting Reporting)
{
    public StationFigure Figure(string key) => Figures.First(f => f.Key == key);
}
