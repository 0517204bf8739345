namespace HealthDashboard.Domain.OrgUnits;

/// <summary>
/// Some kinds of unit, compared by value (a data element's catalog entry read from the file and from the database are
/// equal). Written as the kinds' names (<see cref="OrgUnitKindNames"/>) joined by '|', e.g. <c>station|dhc</c>.
/// </summary>
public readonly record struct OrgUnitKindSet(ulong Bits)
{
    public static OrgUnitKindSet Of(params IEnumerable<OrgUnitKind> kinds) => new(kinds.Aggregate(0UL, (bits, kind) => bits | Bit(kind)));

    public bool Contains(OrgUnitKind kind) => (Bits & Bit(kind)) != 0;

    public IReadOnlyList<OrgUnitKind> Kinds => Enum.GetValues<OrgUnitKind>().Where(Contains).ToList();

    public static OrgUnitKindSet Parse(string text)
    {
        var kinds = Of(text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(OrgUnitKindNames.Parse));
        return kinds.Bits != 0 ? kinds : throw new FormatException("At least one kind of unit is needed.");
    }

    public override string ToString() => string.Join('|', Kinds.Select(OrgUnitKindNames.ToName));

    private static ulong Bit(OrgUnitKind kind) => 1UL << (int)kind;
}
