using System.Globalization;
using HealthDashboard.Data.DataValues;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>Brings freshly read stored values into an open form without losing anything the person typed.</summary>
public static class ReportFormMerge
{
    /// <summary>
    /// Untouched fields take the stored value; a touched field whose stored value moved gets a conflict (both versions
    /// kept). Returns whether anything moved, completion included.
    /// </summary>
    public static bool Apply(ReportForm form, IReadOnlyList<UnitValue> values, CultureInfo culture)
    {
        var stored = values.ToDictionary(v => (v.ElementId, v.Period));
        var moved = false;
        foreach (var field in form.Fields)
        {
            var now = stored.GetValueOrDefault((field.Element.Id, field.Period.ToString()));
            if (now?.Value == field.Saved)
            {
                continue;
            }

            moved = true;
            if (field.IsChanged)
            {
                field.Conflict = new ValueConflict(field.Element.Id, form.Station.Id, field.Period, field.Saved, now?.Value, now?.StoredBy, now?.UpdatedAt);
            }
            else
            {
                (field.Saved, field.SavedComment, field.SavedBy, field.SavedAt) = (now?.Value, now?.Comment, now?.StoredBy, now?.UpdatedAt);
                (field.Text, field.Comment) = (ReportValueParser.Format(now?.Value, culture), now?.Comment);
            }
        }

        var completion = ReportFormReader.Completion(form.Month, values);
        moved |= completion != form.Completion;
        form.Completion = completion;
        ReportChecks.Run(form.Fields.ToList(), culture);
        return moved;
    }
}
