using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Domain.Engine;

/// <summary>
/// Numbers the org units 0…n−1 for the engine's arrays. Units are numbered kind by kind (provinces, districts,
/// communes, stations, …) so that an element reported only by communes never touches the pages of stations.
/// </summary>
public sealed class UnitIndex
{
    private readonly Dictionary<long, int> _byId;
    private readonly Dictionary<string, int> _byCode;

    public UnitIndex(IEnumerable<OrgUnit> units)
    {
        Units = units.OrderBy(u => KindRank(u.Kind)).ThenBy(u => u.Path, StringComparer.Ordinal).ToArray();
        _byId = new Dictionary<long, int>(Units.Count);
        _byCode = new Dictionary<string, int>(Units.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Units.Count; i++)
        {
            _byId[Units[i].Id] = i;
            _byCode[Units[i].Code] = i;
        }

        Parent = Units.Select(u => u.ParentId is { } p && _byId.TryGetValue(p, out var pi) ? pi : -1).ToArray();
        var children = new List<int>[Units.Count];
        for (var i = 0; i < Units.Count; i++)
        {
            if (Parent[i] >= 0)
            {
                (children[Parent[i]] ??= []).Add(i);
            }
        }

        Children = children.Select(c => c?.ToArray() ?? []).ToArray();
        Depth = new int[Units.Count];
        for (var i = 0; i < Units.Count; i++)
        {
            for (var p = Parent[i]; p >= 0; p = Parent[p])
            {
                Depth[i]++;
            }
        }

        DeepestFirst = Enumerable.Range(0, Units.Count).OrderByDescending(i => Depth[i]).ToArray();
    }

    public IReadOnlyList<OrgUnit> Units { get; }
    public int Count => Units.Count;

    /// <summary>The parent's number, or −1 for a root.</summary>
    public int[] Parent { get; }

    public int[][] Children { get; }
    public int[] Depth { get; }

    /// <summary>Every unit, children before their parents: the order in which subtotals roll up.</summary>
    public int[] DeepestFirst { get; }

    public int IndexOf(long orgUnitId) => _byId.TryGetValue(orgUnitId, out var i) ? i : -1;

    public int IndexOf(string code) => _byCode.TryGetValue(code, out var i) ? i : -1;

    /// <summary>The unit, then its parent, up to the root.</summary>
    public IEnumerable<int> SelfAndAncestors(int unit)
    {
        for (var u = unit; u >= 0; u = Parent[u])
        {
            yield return u;
        }
    }

    private static int KindRank(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Country => 0,
        OrgUnitKind.Province => 1,
        OrgUnitKind.District => 2,
        OrgUnitKind.Commune => 3,
        OrgUnitKind.DistrictHealthCentre => 4,
        _ => 5,
    };
}
