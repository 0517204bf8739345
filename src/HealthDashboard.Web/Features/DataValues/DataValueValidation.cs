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

    /// <summary>
    /// <see cref="Accepted"/> with each value's index in the request: the validator keeps them in order and skips every
    /// index it found a problem with. Only when every problem is listed (not cut at a limit).
    /// </summary>
    public IReadOnlyList<(int Index, BatchValue Value)> AcceptedWithIndexes(int inputCount)
    {
        var rejected = Problems.Where(p => p.Index is not null).Select(p => p.Index!.Value).ToHashSet();
        return Enumerable.Range(0, inputCount).Where(i => !rejected.Contains(i)).Zip(Accepted).ToList();
    }
}
