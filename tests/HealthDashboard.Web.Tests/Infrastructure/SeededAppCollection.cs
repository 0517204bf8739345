namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>The tests that share one seeded database; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SeededAppCollection : ICollectionFixture<SeededAppFixture>
{
    public const string Name = "Seeded app";
}
