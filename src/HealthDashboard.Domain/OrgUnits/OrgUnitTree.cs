namespace HealthDashboard.Domain.OrgUnits;

/// <summary>An in-memory index of the org-unit tree: lookups by id and code, children, ancestors, descendants.</summary>
public sealed class OrgUnitTree
{
    private readonly Dictionary<long, OrgUnit> _byId;
    private readonly Dictionary<string, OrgUnit> _byCode;
    private readonly Dictionary<long, List<OrgUnit>> _children;

    public OrgUnitTree(IEnumerable<OrgUnit> units)
    {
        var all = units.ToList();
        _byId = all.ToDictionary(u => u.Id);
        _byCode = all.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        _children = all.Where(u => u.ParentId is not null)
            .GroupBy(u => u.ParentId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.NameVi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ToList());
        Roots = all.Where(u => u.ParentId is null).ToList();
    }

    public IReadOnlyList<OrgUnit> Roots { get; }
    public int Count => _byId.Count;
    public IEnumerable<OrgUnit> All => _byId.Values;

    public OrgUnit? Find(string code) => _byCode.GetValueOrDefault(code);
    public OrgUnit? Find(long id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<OrgUnit> ChildrenOf(OrgUnit unit) =>
        _children.TryGetValue(unit.Id, out var list) ? list : [];

    public IEnumerable<OrgUnit> AncestorsOf(OrgUnit unit)
    {
        var current = unit.ParentId is { } pid ? Find(pid) : null;
        while (current is not null)
        {
            yield return current;
            current = current.ParentId is { } next ? Find(next) : null;
        }
    }

    public IEnumerable<OrgUnit> DescendantsOf(OrgUnit unit)
    {
        var stack = new Stack<OrgUnit>(ChildrenOf(unit));
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            yield return next;
            foreach (var child in ChildrenOf(next))
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The unit itself and all its descendants: the units whose raw data add up to the unit's aggregate.</summary>
    public IEnumerable<OrgUnit> SubtreeOf(OrgUnit unit) => DescendantsOf(unit).Prepend(unit);
}
