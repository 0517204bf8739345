using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>
/// One field of a station's monthly report: the element, the period it is stored for (the month, or its quarter or
/// year), what was stored when the form was read, last period's value, and what the person has typed.
/// </summary>
public sealed class ReportField
{
    public required DataElement Element { get; init; }
    public required Period Period { get; init; }

    /// <summary>The stored value when the form was read: what a save expects to find still there.</summary>
    public double? Saved { get; set; }
    public string? SavedComment { get; set; }
    public string? SavedBy { get; set; }
    public DateTime? SavedAt { get; set; }

    public double? Previous { get; init; }
    public Period PreviousPeriod => Period.Previous();

    /// <summary>The unit's earlier values of this element, oldest first, against which an unusual value is judged.</summary>
    public IReadOnlyList<double> History { get; init; } = [];

    public string Text { get; set; } = "";
    public string? Comment { get; set; }

    /// <summary>What is wrong with the typed value, in Vietnamese and English; null when nothing is.</summary>
    public (string Vi, string En)? Problem { get; set; }

    /// <summary>The value is far from the unit's history and has no comment yet.</summary>
    public bool NeedsComment { get; set; }

    /// <summary>Someone else stored a different value since the form was read.</summary>
    public ValueConflict? Conflict { get; set; }

    /// <summary>The typed value once parsed; null when empty or unreadable.</summary>
    public double? Value { get; set; }

    public bool IsChanged => Value != Saved || (Value is not null && (Comment ?? "") != (SavedComment ?? ""));

    /// <summary>A stored value the person has emptied: saving deletes it (there is no other way to take a value back).</summary>
    public bool WillDelete => Saved is not null && Value is null && Problem is null && string.IsNullOrWhiteSpace(Text);
}
