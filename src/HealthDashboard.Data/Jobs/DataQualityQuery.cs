namespace HealthDashboard.Data.Jobs;

/// <summary>
/// Which findings a page of the quality list shows. UnitPath keeps a subtree ("/1/3/"); RuleCode is a pair rule's or
/// ratio's code, or a check code for the checks without rules; months are yyyyMM, compared with each period's first month.
/// </summary>
public sealed record DataQualityQuery
{
    public string? UnitPath { get; init; }
    public string? CheckCode { get; init; }
    public string? RuleCode { get; init; }
    public string? FromMonth { get; init; }
    public string? ToMonth { get; init; }

    /// <summary>Null for all; true for resolved only; false for open only.</summary>
    public bool? Resolved { get; init; }

    public int Offset { get; init; }
    public int Limit { get; init; } = 50;
}
