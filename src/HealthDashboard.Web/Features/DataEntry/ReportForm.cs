using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>A station's report for one month as the page holds it: its sections of fields and where it stands.</summary>
public sealed class ReportForm
{
    public required OrgUnit Station { get; init; }
    public OrgUnit? Commune { get; init; }
    public required Period Month { get; init; }
    public required IReadOnlyList<(ReportSection Section, IReadOnlyList<ReportField> Fields)> Sections { get; init; }
    public ReportCompletion Completion { get; set; } = ReportCompletion.NotDone;

    /// <summary>The person may change this station's values (an admin, or an officer of its subtree).</summary>
    public bool CanEdit { get; init; }

    /// <summary>The month is over, so its report may be marked complete.</summary>
    public bool MonthIsOver { get; init; }

    /// <summary>Next month has begun, so there is a next report to go to.</summary>
    public bool HasNextMonth { get; init; }

    /// <summary>The last day on which completing the report is on time.</summary>
    public DateOnly Deadline { get; init; }

    public IEnumerable<ReportField> Fields => Sections.SelectMany(s => s.Fields);
}
