namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// A file read into rows: the values it holds, the rows that could not even be read as values (wrong number of
/// columns, a disaggregation we do not keep), or one problem with the file as a whole, in which case there are no rows.
/// </summary>
public sealed record ParsedFile(ImportFormat? Format, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportRejection> Rejections)
{
    public ImportRejection? FileProblem => Rejections.FirstOrDefault(r => r.Line is null);

    /// <summary>Every row the file has, read or not.</summary>
    public int RowCount => Rows.Count + Rejections.Count(r => r.Line is not null);

    public static ParsedFile Unreadable(ImportFormat? format, ImportRejection problem) => new(format, [], [problem]);
}
