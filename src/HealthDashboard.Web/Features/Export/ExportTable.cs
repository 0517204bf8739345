namespace HealthDashboard.Web.Features.Export;

/// <summary>
/// What an export writes: a title line, column headers, and rows whose cells are text, numbers (double) or empty
/// (null). Numbers stay numbers so a spreadsheet can compute with them.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
