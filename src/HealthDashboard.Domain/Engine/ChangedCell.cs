namespace HealthDashboard.Domain.Engine;

/// <summary>An aggregate whose value an incremental recompute changed: element, unit number and cell of the layout.</summary>
public readonly record struct ChangedCell(string ElementCode, int Unit, int Cell);
