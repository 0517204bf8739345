using HealthDashboard.Data.DataValues;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>The outcome of checking a request: the values ready to write when nothing is wrong, else every problem found.</summary>
public sealed record DataValueValidation(IReadOnlyList<BatchValue> Values, IReadOnlyList<DataValueProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
