namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>The failure a test injects into a running recompute, told apart from any real one.</summary>
public sealed class InjectedFailureException(string message) : Exception(message);
