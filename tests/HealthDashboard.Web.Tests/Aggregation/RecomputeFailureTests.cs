using HealthDashboard.Data.Aggregates;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Web.Realtime;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Aggregation;

[Collection(SeededAppCollection.Name)]
public sealed class RecomputeFailureTests(SeededAppFixture app)
{
    [Fact]
    public async Task AFullRecomputeKilledMidwayLeavesTheLastGoodSnapshotServingAndLosesNothing()
    {
        var services = app.Factory.Services;
        var holder = services.GetRequiredService<SnapshotHolder>();
        var live = await holder.GetAsync();
        var rawBefore = await new DataValueStore(app.Database).CountAsync();
        var persistedBefore = await new SnapshotStore(app.Database).LoadVersionAsync();
        var crash = new FailingProgress(failAt: 0.4);

        await Assert.ThrowsAsync<InjectedFailureException>(() => services.GetRequiredService<AggregationService>().RunFullAsync(crash, default));

        Assert.True(crash.Reached >= 0.4, "the recompute must have been stopped midway, not before it started");
        Assert.Same(live, holder.Current);
        Assert.Equal(rawBefore, await new DataValueStore(app.Database).CountAsync());
        Assert.Equal(persistedBefore, await new SnapshotStore(app.Database).LoadVersionAsync());

        // The next recompute runs normally and gives the same figures.
        var summary = await services.GetRequiredService<AggregationService>().RunFullAsync(null, default);
        Assert.Equal(live.Version + 1, summary.Version);
        Assert.Equal(rawBefore, summary.RawValues);
        var indicator = live.Indicator("IMR")!;
        var unit = live.Units.IndexOf("AG");
        var year = Domain.Periods.Period.OfYear(2025);
        Assert.Equal(live.Value(indicator, unit, year), holder.Current!.Value(indicator, unit, year));
    }
}
