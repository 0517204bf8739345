namespace HealthDashboard.Domain.Engine;

/// <summary>The new snapshot and the aggregates that differ from the previous one.</summary>
public sealed record IncrementalResult(AggregateSnapshot Snapshot, IReadOnlyList<ChangedCell> Changed);
