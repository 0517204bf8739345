namespace HealthDashboard.Data.Audit;

/// <summary>One audited change: who did what to which entity, the value before and after, and how (form, import, api, cli).</summary>
public sealed record AuditEntry
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Entity { get; init; }
    public required string EntityKey { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
    public required string Via { get; init; }
}
