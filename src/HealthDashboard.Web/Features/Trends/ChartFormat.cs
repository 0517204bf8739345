using System.Globalization;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Overview;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>How the charts place periods on a date axis and write values, in the reader's culture.</summary>
public static class ChartFormat
{
    /// <summary>A period sits at its middle, so a year's value, its target and its baseline share one x.</summary>
    public static string X(Period period)
    {
        var start = period.Start.ToDateTime(TimeOnly.MinValue);
        var end = period.End.ToDateTime(TimeOnly.MinValue).AddDays(1);
        return (start + (end - start) / 2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static string X(int year) => X(Period.OfYear(year));

    /// <summary>Plotly's decimal and thousands separators: "74,5" and "1.234" in Vietnamese.</summary>
    public static string Separators => Localization.Bilingual.IsVietnamese ? ",." : ".,";

    /// <summary>"95,3%", "12,5‰", "74,5 năm": the number as the tiles write it, with the indicator's unit.</summary>
    public static string Value(OverviewText text, Indicator indicator, double value) =>
        text.Number(value, indicator.Decimals) + UnitSuffix(text, indicator);

    public static string UnitSuffix(OverviewText text, Indicator indicator) =>
        text.Unit(indicator.Unit) is var unit && unit is "%" or "‰" or "" ? unit : " " + unit;

    /// <summary>
    /// A value with what it rests on: the counts always for a ratio, and for a small denominator the 95 % interval,
    /// so one death among thirty births reads as what it is and not as an alarming rate.
    /// </summary>
    public static string Label(OverviewText text, Indicator indicator, IndicatorResult result, string intervalWord)
    {
        if (result.Value is not { } value)
        {
            return text.NoData;
        }

        var label = Value(text, indicator, value);
        if (result.Unstable && result is { Numerator: { } n, Denominator: { } d })
        {
            label += $" ({text.Amount(n)}/{text.Amount(d)}";
            if (result.Interval95 is { } ci)
            {
                label += $"; {intervalWord} {text.Number(ci.Low, indicator.Decimals)}–{text.Number(ci.High, indicator.Decimals)}";
            }

            label += ")";
        }

        return label;
    }
}
