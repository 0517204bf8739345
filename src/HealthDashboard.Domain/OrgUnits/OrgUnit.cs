namespace HealthDashboard.Domain.OrgUnits;

/// <summary>
/// A node of the org-unit tree. <see cref="Path"/> is the materialised path of ids ("/1/3/17/"), so a subtree is a
/// prefix match. <see cref="ValidFrom"/>/<see cref="ValidTo"/> let the tree hold both the pre- and post-2025-07-01
/// administrative maps (districts abolished, communes merged) side by side.
/// </summary>
public sealed record OrgUnit
{
    public long Id { get; init; }
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public long? ParentId { get; init; }
    public string Path { get; init; } = "/";
    public int Level { get; init; }
    public OrgUnitKind Kind { get; init; }
    public DateOnly ValidFrom { get; init; } = new(2000, 1, 1);
    public DateOnly? ValidTo { get; init; }

    /// <summary>True when the name is a placeholder of the sample data, not a real place name.</summary>
    public bool IsSample { get; init; }

    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;

    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);

    public bool IsInSubtreeOf(OrgUnit ancestor) => Path.StartsWith(ancestor.Path, StringComparison.Ordinal);
}
