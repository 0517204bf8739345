using HealthDashboard.Web.Features.DataValues;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// One value read from a file, with where it was: <see cref="Line"/> is the line (CSV), the row (XLSX) or the position
/// in dataValues (JSON), from 1; <see cref="Index"/> its position among the file's values, from 0.
/// </summary>
public sealed record ImportRow(int Line, int Index, DataValueInput Input);
