using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using HealthDashboard.Domain.OrgUnits;

namespace HealthDashboard.Web.Features.Units;

/// <summary>
/// Finds units by name as people type them on any keyboard: without tone marks or case ("long xuyen" finds
/// "Long Xuyên", "da" finds "Đà Nẵng"), in Vietnamese or English. Names that start with the text come first, then
/// names with a word starting with each typed word, then names that merely contain them; higher levels before lower.
/// </summary>
public sealed class UnitNameSearch
{
    private static readonly ConditionalWeakTable<OrgUnitTree, UnitNameSearch> Shared = [];

    private readonly OrgUnitTree _tree;
    private readonly List<(OrgUnit Unit, string Vietnamese, string English)> _names;

    public UnitNameSearch(OrgUnitTree tree)
    {
        _tree = tree;
        _names = tree.All.OrderBy(u => u.Level).ThenBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => (u, Fold(u.NameVi), Fold(u.NameEn))).ToList();
    }

    /// <summary>One index per tree, shared by every circuit: the tree is replaced, never changed, when units change.</summary>
    public static UnitNameSearch For(OrgUnitTree tree) => Shared.GetValue(tree, t => new UnitNameSearch(t));

    public IReadOnlyList<OrgUnit> Find(string? text, int max)
    {
        var query = Fold(text);
        if (query.Length == 0 || max <= 0)
        {
            return [];
        }

        var words = query.Split(' ');
        return _names
            .Select(entry => (entry.Unit, Rank: Math.Min(Rank(entry.Vietnamese, query, words), Rank(entry.English, query, words))))
            .Where(match => match.Rank < NoMatch)
            // Stable: within a rank the units keep their level-then-tree order.
            .OrderBy(match => match.Rank)
            .Take(max)
            .Select(match => match.Unit)
            .ToList();
    }

    /// <summary>
    /// Whether a unit's Vietnamese or English name matches typed text as <see cref="Find"/> matches it (each typed
    /// word somewhere in the name, tone marks and case aside), for lists that filter rows rather than suggest units.
    /// </summary>
    public static bool Matches(OrgUnit unit, string? text)
    {
        var query = Fold(text);
        if (query.Length == 0)
        {
            return true;
        }

        var words = query.Split(' ');
        return Rank(Fold(unit.NameVi), query, words) < NoMatch || Rank(Fold(unit.NameEn), query, words) < NoMatch;
    }

    /// <summary>The unit a suggestion names beside the unit itself, so that two communes of the same name can be told apart.</summary>
    public OrgUnit? ParentOf(OrgUnit unit) => unit.ParentId is { } id ? _tree.Find(id) : null;

    /// <summary>
    /// Lower case without tone or vowel marks, single spaces. Đ/đ is a letter of its own in Unicode, not D with a mark,
    /// so normalisation leaves it: it is mapped to d by hand.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var folded = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return folded.ToString().TrimEnd();
    }

    private const int NoMatch = 3;

    private static int Rank(string name, string query, string[] words)
    {
        if (name.StartsWith(query, StringComparison.Ordinal))
        {
            return 0;
        }

        var nameWords = name.Split(' ');
        if (words.All(w => nameWords.Any(n => n.StartsWith(w, StringComparison.Ordinal))))
        {
            return 1;
        }

        return words.All(w => name.Contains(w, StringComparison.Ordinal)) ? 2 : NoMatch;
    }
}
