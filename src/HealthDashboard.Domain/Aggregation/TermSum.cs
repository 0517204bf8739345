using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Aggregation;

/// <summary>
/// A numerator or denominator of signed terms (natural growth: live births − deaths). A term without a value counts as
/// none of its events while another term has one, and with no term at all there is no value (the rule DHIS2 calls
/// "skip if all values missing"). A month with births and no deaths recorded then has a value, as its quarter and year
/// always had: those sum the deaths of the months that have them, and so counted that month's births against none.
/// </summary>
public static class TermSum
{
    public static double? Of(IReadOnlyList<Term> terms, Func<Term, double?> valueOf)
    {
        double total = 0;
        var any = false;
        foreach (var term in terms)
        {
            if (valueOf(term) is { } part)
            {
                total += term.Sign * part;
                any = true;
            }
        }

        return any && double.IsFinite(total) ? total : null;
    }
}
