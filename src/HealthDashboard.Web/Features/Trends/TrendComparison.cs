namespace HealthDashboard.Web.Features.Trends;

/// <summary>
/// What a trend is compared with (<c>compare=</c> and <c>with=</c> in its link): the unit's parent, its same-level
/// units (the default on a page), neither, and any units picked by name. A wall shows the parent only: thin grey peer
/// lines do not read from across a room, and a province among provinces at 30–40 ‰ would be squashed flat.
/// </summary>
public sealed record TrendComparison(bool Parent, bool Peers, IReadOnlyList<string> Picked)
{
    /// <summary>More picked lines than this no longer read as lines.</summary>
    public const int MostPicked = 6;

    public static readonly TrendComparison Default = new(true, true, []);

    public static readonly TrendComparison Wall = new(true, false, []);

    /// <summary>The set as the link writes it: peers (parent and same level), parent or none.</summary>
    public string Name => Sets.FirstOrDefault(s => (s.Parent, s.Peers) == (Parent, Peers)).Name ?? Sets[0].Name;

    /// <summary>The sets a link may name, the default first.</summary>
    private static readonly (string Name, bool Parent, bool Peers)[] Sets = [("peers", true, true), ("parent", true, false), ("none", false, false)];

    public static IEnumerable<string> Names => Sets.Select(s => s.Name);

    /// <summary>The comparison a link asks for; an unknown <paramref name="compare"/> is named in <paramref name="problem"/> and the default used.</summary>
    public static TrendComparison Parse(string? compare, string? with, out string? problem)
    {
        problem = null;
        var key = string.IsNullOrWhiteSpace(compare) ? Sets[0].Name : compare.Trim().ToLowerInvariant();
        var set = Array.Find(Sets, s => s.Name == key);
        if (set.Name is null)
        {
            (set, problem) = (Sets[0], compare!.Length > 40 ? compare[..40] + "…" : compare);
        }

        var (_, parent, peers) = set;

        var picked = (with ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MostPicked).ToList();
        return new TrendComparison(parent, peers, picked);
    }

    /// <summary>The <c>with=</c> value for these picked units; null for none.</summary>
    public static string? WithText(IEnumerable<string> codes) => string.Join(',', codes) is { Length: > 0 } text ? text : null;
}
