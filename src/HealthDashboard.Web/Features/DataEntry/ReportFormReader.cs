using System.Globalization;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>Builds a station's form for a month from all its stored values: this period's, the previous one's, and the history.</summary>
public static class ReportFormReader
{
    /// <summary>How far back an unusual value is judged: two years of months, eight quarters, ten years.</summary>
    private static int HistoryLength(PeriodType type) => type switch { PeriodType.Month => 24, PeriodType.Quarter => 8, _ => 10 };

    public static IReadOnlyList<(ReportSection, IReadOnlyList<ReportField>)> Sections(
        IndicatorCatalog catalog, Period month, IReadOnlyList<UnitValue> stored, CultureInfo culture)
    {
        var values = stored.ToDictionary(v => (v.ElementCode, v.Period));
        var elements = catalog.Elements.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        return ReportLayout.Sections
            .Select(section => (section, (IReadOnlyList<ReportField>)section.ElementCodes
                .Where(elements.ContainsKey)
                .Select(code => Field(elements[code], month.ContainingOf(elements[code].PeriodType), values, culture))
                .ToList()))
            .ToList();
    }

    public static ReportCompletion Completion(Period month, IReadOnlyList<UnitValue> stored)
    {
        var key = month.ToString();
        var done = stored.FirstOrDefault(v => v.ElementCode == "REPORT_DONE" && v.Period == key);
        if (done is not { Value: > 0 })
        {
            return ReportCompletion.NotDone;
        }

        var onTime = stored.Any(v => v.ElementCode == "REPORT_ON_TIME" && v.Period == key && v.Value > 0);
        return new ReportCompletion(true, onTime, done.StoredBy, done.UpdatedAt);
    }

    private static ReportField Field(DataElement element, Period period, Dictionary<(string, string), UnitValue> values, CultureInfo culture)
    {
        var current = values.GetValueOrDefault((element.Code, period.ToString()));
        var history = new List<double>();
        var p = period;
        for (var i = 0; i < HistoryLength(period.Type) && p.Year > Period.MinYear; i++)
        {
            p = p.Previous();
            if (values.GetValueOrDefault((element.Code, p.ToString())) is { } earlier)
            {
                history.Add(earlier.Value);
            }
        }

        history.Reverse();
        return new ReportField
        {
            Element = element,
            Period = period,
            Saved = current?.Value,
            SavedComment = current?.Comment,
            SavedBy = current?.StoredBy,
            SavedAt = current?.UpdatedAt,
            Previous = values.GetValueOrDefault((element.Code, period.Previous().ToString()))?.Value,
            History = history,
            Text = ReportValueParser.Format(current?.Value, culture),
            Comment = current?.Comment,
        };
    }
}
