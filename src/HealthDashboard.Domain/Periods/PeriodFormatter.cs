using System.Globalization;

namespace HealthDashboard.Domain.Periods;

/// <summary>Human labels for periods: "Tháng 5/2024", "Quý 2/2024", "Năm 2024" in Vietnamese (glossary.md).</summary>
public static class PeriodFormatter
{
    public static string Format(Period period, CultureInfo culture)
    {
        var vi = culture.TwoLetterISOLanguageName == "vi";
        return (period.Type, vi) switch
        {
            (PeriodType.Month, true) => $"Tháng {period.Index}/{period.Year}",
            (PeriodType.Quarter, true) => $"Quý {period.Index}/{period.Year}",
            (PeriodType.Year, true) => $"Năm {period.Year}",
            (PeriodType.Month, false) => new DateTime(period.Year, period.Index, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture),
            (PeriodType.Quarter, false) => $"Q{period.Index} {period.Year}",
            _ => period.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The code of a year counted through one of its months, for files: "202601-202610"; the year's own code with none.</summary>
    public static string YearThroughCode(int year, Period? lastMonth) =>
        lastMonth is { } month ? $"{Period.Month(year, 1)}-{month}" : Period.OfYear(year).ToString();

    /// <summary>A year counted through one of its months: "Năm 2026, đến Tháng 10/2026", "2026, through Oct 2026"; a whole year with none.</summary>
    public static string YearThrough(int year, Period? lastMonth, CultureInfo culture)
    {
        var yearLabel = Format(Period.OfYear(year), culture);
        return lastMonth is not { } month ? yearLabel
            : culture.TwoLetterISOLanguageName == "vi" ? $"{yearLabel}, đến {Format(month, culture)}"
            : $"{yearLabel}, through {Format(month, culture)}";
    }
}
