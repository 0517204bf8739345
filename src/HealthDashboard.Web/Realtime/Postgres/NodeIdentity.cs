using System.Globalization;

namespace HealthDashboard.Web.Realtime.Postgres;

/// <summary>
/// Which app process this is, among the nodes on one PostgreSQL: each write's NOTIFY carries it, and a node ignores
/// its own notices because it has already queued those keys. <c>Node:Id</c> in configuration, else machine name and
/// process id, which differ between two processes even on one machine.
/// </summary>
public sealed class NodeIdentity(IConfiguration configuration)
{
    public const string ConfigurationKey = "Node:Id";

    public string Id { get; } = configuration[ConfigurationKey] is { Length: > 0 } id
        ? id.Trim()
        : string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}");
}
