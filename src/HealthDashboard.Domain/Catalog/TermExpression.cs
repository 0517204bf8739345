using System.Text;

namespace HealthDashboard.Domain.Catalog;

/// <summary>Parses and prints the numerator/denominator expressions of the catalog: "LIVE_BIRTHS - DEATHS".</summary>
public static class TermExpression
{
    public static IReadOnlyList<Term> Parse(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return [];
        }

        var terms = new List<Term>();
        var sign = 1;
        foreach (var token in expression.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (token is "+" or "-")
            {
                sign = token == "-" ? -1 : 1;
                continue;
            }

            if (!token.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new FormatException($"'{token}' in '{expression}' is not a data element code.");
            }

            terms.Add(new Term(token, sign));
            sign = 1;
        }

        return terms;
    }

    public static string Print(IReadOnlyList<Term> terms)
    {
        var text = new StringBuilder();
        foreach (var term in terms)
        {
            if (text.Length > 0 || term.Sign < 0)
            {
                text.Append(term.Sign < 0 ? (text.Length > 0 ? " - " : "- ") : " + ");
            }

            text.Append(term.ElementCode);
        }

        return text.ToString();
    }
}
