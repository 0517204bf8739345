using System.Text;

namespace HealthDashboard.Domain.Geo;

/// <summary>
/// FNV-1a over UTF-8. string.GetHashCode is randomised per process, so seeds derived from it would draw different
/// sample maps on every start; this hash gives the same number everywhere.
/// </summary>
internal static class StableHash
{
    public static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    /// <summary>A System.Random seed for one unit: the caller's seed mixed with the unit's code.</summary>
    public static int Seed(int seed, string code) => unchecked((int)(Fnv1a(code) ^ ((uint)seed * 2654435761u)));
}
