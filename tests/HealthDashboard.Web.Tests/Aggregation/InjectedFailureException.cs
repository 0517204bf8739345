namespace HealthDashboard.Web.Tests.Aggregation;

/// <summary>The failure a test injects, so it cannot be mistaken for a real one.</summary>
public sealed class InjectedFailureException(string message) : Exception(message);
