namespace HealthDashboard.Web.Features.Admin.Home;

/// <summary>One line of live facts per admin page, already in the reader's words; null where it could not be read.</summary>
public sealed record AdminFacts(string? Users, string? Kiosks, string? ApiKeys, string? Playlists, string? Jobs, string? Audit)
{
    public static readonly AdminFacts None = new(null, null, null, null, null, null);
}
