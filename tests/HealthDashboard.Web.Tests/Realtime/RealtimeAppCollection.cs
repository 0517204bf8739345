namespace HealthDashboard.Web.Tests.Realtime;

/// <summary>The tests that share the realtime app process; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RealtimeAppCollection : ICollectionFixture<RealtimeAppFixture>
{
    public const string Name = "Realtime app";
}
