namespace HealthDashboard.Web.Api;

/// <summary>
/// A DHIS2-style conflict: the offending text (<see cref="Object"/>), the reason in English (<see cref="Value"/>, as
/// DHIS2 writes it) and in Vietnamese (<see cref="Message"/>), the field, the value's index in the request, and for a
/// CSV body its line.
/// </summary>
public sealed record ImportConflict(string Object, string Value, string Property, IReadOnlyList<int> Indexes, int? Line, string Message);
