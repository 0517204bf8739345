using HealthDashboard.Data.DataValues;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// The outcome of checking a request: the values ready to write when nothing is wrong, else every problem found.
/// <see cref="Accepted"/> holds the values that passed even when others did not, for an import's preview to count
/// them; they are never written while <see cref="Problems"/> is not empty.
/// </summary>
public sealed record DataValueValidation(IReadOnlyList<BatchValue> Values, IReadOnlyList<DataValueProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public IReadOnlyList<BatchValue> Accepted { get; init; } = Values;
}
