namespace HealthDashboard.Domain.Geo;

/// <summary>The units of a <see cref="SampleBoundaryGenerator"/> run indexed by parent, children in ordinal code order.</summary>
internal sealed class BoundaryTree
{
    private readonly Dictionary<string, List<BoundaryUnit>> _children = new(StringComparer.Ordinal);

    public BoundaryTree(IEnumerable<BoundaryUnit> units)
    {
        var byCode = new Dictionary<string, BoundaryUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!byCode.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"The code '{unit.Code}' appears twice.", nameof(units));
            }
        }

        var roots = new List<BoundaryUnit>();
        foreach (var unit in byCode.Values)
        {
            if (string.IsNullOrEmpty(unit.ParentCode))
            {
                roots.Add(unit);
            }
            else if (!byCode.ContainsKey(unit.ParentCode))
            {
                throw new ArgumentException($"The unit '{unit.Code}' names the parent '{unit.ParentCode}', which is not in the list.", nameof(units));
            }
            else
            {
                Children(unit.ParentCode).Add(unit);
            }
        }

        // Sorting makes the output independent of the order the caller happened to list the units in.
        foreach (var list in _children.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        }

        roots.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        Roots = roots;
    }

    public IReadOnlyList<BoundaryUnit> Roots { get; }

    public IReadOnlyList<BoundaryUnit> ChildrenOf(BoundaryUnit unit) =>
        _children.TryGetValue(unit.Code, out var list) ? list : [];

    private List<BoundaryUnit> Children(string parentCode)
    {
        if (!_children.TryGetValue(parentCode, out var list))
        {
            list = [];
            _children[parentCode] = list;
        }

        return list;
    }
}
