using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Domain.Aggregation;

/// <summary>
/// When a rate rests on too few events to be read as a level (spec: "small numbers"). It applies to the rates of
/// chance events, the indicators the catalog gives a minimum denominator (infant and under-5 deaths per birth, stunted
/// among measured, third births, satisfied respondents); coverage shares and staff per population are counts of
/// people or posts, not of chance events, and are never flagged. Such a rate is unstable when:
/// <list type="bullet">
/// <item>its numerator counts fewer than <see cref="MinEvents"/> events: a Poisson count of 20 has a relative standard
/// error of 1/√20 ≈ 22 %, the usual threshold (US NCHS and CDC WONDER call rates on fewer than 20 deaths unreliable);</item>
/// <item>or its denominator is below the catalog's minimum for the indicator.</item>
/// </list>
/// </summary>
public static class Stability
{
    public const int MinEvents = 20;

    public static bool AppliesTo(Indicator indicator) => indicator.MinDenominator is not null;

    public static bool FewEvents(Indicator indicator, double numerator) => AppliesTo(indicator) && numerator < MinEvents;

    public static bool SmallDenominator(Indicator indicator, double denominator) => indicator.MinDenominator is { } min && denominator < min;

    public static bool IsUnstable(Indicator indicator, double numerator, double denominator) =>
        FewEvents(indicator, numerator) || SmallDenominator(indicator, denominator);
}
