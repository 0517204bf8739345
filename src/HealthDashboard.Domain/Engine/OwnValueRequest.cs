namespace HealthDashboard.Domain.Engine;

/// <summary>The raw values an incremental recompute needs: one element's, for these units, in one year.</summary>
public sealed record OwnValueRequest(long ElementId, int Year, IReadOnlyList<long> OrgUnitIds);
