namespace HealthDashboard.Web.Features.DataEntry;

/// <summary>A form to show, or why there is none: the address named no station, or no month that can be reported.</summary>
public sealed record ReportLoad(ReportForm? Form, (string Vi, string En)? Problem);
