using HealthDashboard.Data.DataValues;
using HealthDashboard.Web.Features.DataValues;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// A file checked against the catalog, the unit tree and the importer's scope: the values that would be written, every
/// rejected row with its line and reason (those outside the importer's units also in <see cref="OutOfScope"/>), and,
/// for a dry run, what writing would do.
/// </summary>
public sealed record ImportCheck(
    ImportFormat? Format,
    int RowCount,
    IReadOnlyList<DataValueInput> Inputs,
    IReadOnlyList<ImportRejection> Rejections,
    IReadOnlyList<ImportRejection> OutOfScope,
    DataValueBatchPreview? Preview)
{
    /// <summary>Values that would be saved all the same but lie far from their unit's own history (outliers).</summary>
    public IReadOnlyList<ImportRejection> Warnings { get; init; } = [];

    public bool HasFileProblem => Rejections.Any(r => r.Line is null);

    /// <summary>Rows with at least one problem (a row wrong in two ways counts once).</summary>
    public int RejectedRows => Rejections.Where(r => r.Line is not null).Select(r => r.Line).Distinct().Count();

    /// <summary>All or nothing: one rejected row and nothing of the file is written.</summary>
    public bool CanCommit => Rejections.Count == 0 && Inputs.Count > 0;
}
