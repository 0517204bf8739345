namespace HealthDashboard.Cli.Hub;

/// <summary>The hub refused an invocation (say, Subscribe with an unknown code) or the connection ended before its answer.</summary>
public sealed class HubCallException(string message) : Exception(message);
