namespace HealthDashboard.Web.Api;

/// <summary>The "Api" configuration section: the key that API writes must send as <c>X-Api-Key</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Api";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Empty means API writes are switched off (503), never open to anyone.</summary>
    public string? Key { get; set; }
}
