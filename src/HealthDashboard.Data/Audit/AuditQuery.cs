namespace HealthDashboard.Data.Audit;

/// <summary>What an admin looks for in the audit log: any part of the actor, action, entity or values, a time range.</summary>
public sealed record AuditQuery
{
    public string? Text { get; init; }
    public string? Actor { get; init; }
    public string? Action { get; init; }
    public DateTime? FromUtc { get; init; }
    public DateTime? ToUtc { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}
