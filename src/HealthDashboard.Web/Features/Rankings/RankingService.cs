using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Features.ViewQueries;
using HealthDashboard.Web.Realtime;

namespace HealthDashboard.Web.Features.Rankings;

/// <summary>A ranking from the live snapshot that every page shares.</summary>
public sealed class RankingService(OrgUnitCache units, SnapshotHolder snapshots, ReportingClock reporting)
{
    public async Task<RankingView> LoadAsync(ViewQuery query, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return new RankingBuilder(snapshot, tree, reporting.Calendar).Build(query.Indicator, query.Unit, query.Year);
    }
}
