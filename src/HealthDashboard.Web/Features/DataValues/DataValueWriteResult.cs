using HealthDashboard.Data.DataValues;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// Either the values were all saved (how many new, how many replaced, how many equal to the stored value or deletions
/// of values not stored and so left alone, how many stored values deleted), or nothing was and here is why: problems with the values, or conflicts with changes made since the writer
/// read them.
/// </summary>
public sealed record DataValueWriteResult(int Created, int Updated, IReadOnlyList<DataValueProblem> Problems, int Unchanged = 0, int Deleted = 0)
{
    public IReadOnlyList<ValueConflict> Conflicts { get; init; } = [];

    public bool Saved => Problems.Count == 0 && Conflicts.Count == 0;

    public static DataValueWriteResult Rejected(IReadOnlyList<DataValueProblem> problems) => new(0, 0, problems);
}
