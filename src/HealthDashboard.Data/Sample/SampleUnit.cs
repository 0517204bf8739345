using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Data.Sample;

/// <summary>A row of Sample/Files/sample-units.csv: an area with, for provinces and districts, its approximate centre.</summary>
public sealed record SampleUnit(string Code, string? ParentCode, OrgUnitKind Kind, string NameVi, string NameEn, bool NameIsReal, double? Lon, double? Lat);
