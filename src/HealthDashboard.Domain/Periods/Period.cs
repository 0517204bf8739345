using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace HealthDashboard.Domain.Periods;

/// <summary>
/// A reporting period in DHIS2's ISO notation: <c>202401</c> (month), <c>2024Q1</c> (quarter), <c>2024</c> (year).
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    private Period(PeriodType type, int year, int index)
    {
        Type = type;
        Year = year;
        Index = index;
    }

    public PeriodType Type { get; }
    public int Year { get; }

    /// <summary>Month 1–12, quarter 1–4, or 1 for a year.</summary>
    public int Index { get; }

    public DateOnly Start => Type switch
    {
        PeriodType.Month => new DateOnly(Year, Index, 1),
        PeriodType.Quarter => new DateOnly(Year, (Index - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly End => Next().Start.AddDays(-1);

    public int MonthCount => Type switch { PeriodType.Month => 1, PeriodType.Quarter => 3, _ => 12 };

    public static Period Month(int year, int month) =>
        IsValidYear(year) && month is >= 1 and <= 12
            ? new Period(PeriodType.Month, year, month)
            : throw new ArgumentOutOfRangeException(nameof(month), $"No month {year}-{month}.");

    public static Period Quarter(int year, int quarter) =>
        IsValidYear(year) && quarter is >= 1 and <= 4
            ? new Period(PeriodType.Quarter, year, quarter)
            : throw new ArgumentOutOfRangeException(nameof(quarter), $"No quarter {year}Q{quarter}.");

    public static Period OfYear(int year) =>
        IsValidYear(year)
            ? new Period(PeriodType.Year, year, 1)
            : throw new ArgumentOutOfRangeException(nameof(year), $"Year {year} is outside {MinYear}–{MaxYear}.");

    public static Period MonthOf(DateOnly date) => Month(date.Year, date.Month);

    public static Period Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException($"'{text}' is not a period: use 202401 (month), 2024Q1 (quarter) or 2024 (year).");

    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s.Length == 4 && TryYear(s, out var year))
        {
            period = new Period(PeriodType.Year, year, 1);
            return true;
        }

        if (s.Length == 6 && (s[4] == 'Q' || s[4] == 'q') && TryYear(s[..4], out year) && s[5] is >= '1' and <= '4')
        {
            period = new Period(PeriodType.Quarter, year, s[5] - '0');
            return true;
        }

        if (s.Length == 6 && TryYear(s[..4], out year) && int.TryParse(s[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12)
        {
            period = new Period(PeriodType.Month, year, month);
            return true;
        }

        return false;
    }

    public Period Next() => Type switch
    {
        PeriodType.Month => Index == 12 ? Month(Year + 1, 1) : Month(Year, Index + 1),
        PeriodType.Quarter => Index == 4 ? Quarter(Year + 1, 1) : Quarter(Year, Index + 1),
        _ => OfYear(Year + 1),
    };

    public Period Previous() => Type switch
    {
        PeriodType.Month => Index == 1 ? Month(Year - 1, 12) : Month(Year, Index - 1),
        PeriodType.Quarter => Index == 1 ? Quarter(Year - 1, 4) : Quarter(Year, Index - 1),
        _ => OfYear(Year - 1),
    };

    /// <summary>The period of the given type that contains this one (a month's quarter, a quarter's year).</summary>
    public Period ContainingOf(PeriodType type)
    {
        if (type < Type)
        {
            throw new ArgumentException($"A {Type} is not contained in a {type}.", nameof(type));
        }

        var month = Start.Month;
        return type switch
        {
            PeriodType.Month => this,
            PeriodType.Quarter => Quarter(Year, (month - 1) / 3 + 1),
            _ => OfYear(Year),
        };
    }

    public bool Contains(Period other) => other.Start >= Start && other.End <= End;

    public IEnumerable<Period> Months()
    {
        var first = Month(Year, Start.Month);
        for (var i = 0; i < MonthCount; i++)
        {
            yield return first;
            first = first.Next();
        }
    }

    public int CompareTo(Period other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Type.CompareTo(other.Type);
    }

    public override string ToString() => Type switch
    {
        PeriodType.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}{Index:D2}"),
        PeriodType.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}Q{Index}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static bool IsValidYear(int year) => year is >= MinYear and <= MaxYear;

    private static bool TryYear(string s, out int year) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year) && IsValidYear(year);
}
