namespace HealthDashboard.Domain.Catalog;

/// <summary>The symbols targets.csv uses for <see cref="Comparator"/>.</summary>
public static class ComparatorSymbols
{
    private static readonly (string Symbol, Comparator Comparator)[] Table =
    [
        (">=", Comparator.AtLeast), (">", Comparator.MoreThan), ("<=", Comparator.AtMost),
        ("<", Comparator.LessThan), ("=", Comparator.Baseline), ("~", Comparator.About),
    ];

    public static Comparator Parse(string symbol) =>
        Table.FirstOrDefault(t => t.Symbol == symbol.Trim()) is { Symbol: not null } hit
            ? hit.Comparator
            : throw new FormatException($"'{symbol}' is not a comparator (>=, >, <=, <, =, ~).");

    public static string ToSymbol(Comparator comparator) => Table.First(t => t.Comparator == comparator).Symbol;

    /// <summary>The symbol as people read it: ≥ and ≤ rather than &gt;= and &lt;=.</summary>
    public static string ToDisplay(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "≥",
        Comparator.AtMost => "≤",
        _ => ToSymbol(comparator),
    };
}
