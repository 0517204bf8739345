using HealthDashboard.Data.Db;
using HealthDashboard.Domain.Engine;

namespace HealthDashboard.Data.Aggregates;

/// <summary>Applies a batch of raw writes to a snapshot: reads the touched units' own values, recomputes their cells.</summary>
public sealed class IncrementalRecomputer(Database database)
{
    /// <summary>The new snapshot and what changed, or null when the keys need a full recompute.</summary>
    public async Task<IncrementalResult?> ApplyAsync(AggregateSnapshot snapshot, IReadOnlyCollection<RawKey> keys, CancellationToken cancellationToken = default)
    {
        if (IncrementalRecompute.Requests(snapshot, keys) is not { } requests)
        {
            return null;
        }

        var own = await new RawValueSource(database).OwnValuesAsync(requests, cancellationToken);
        return IncrementalRecompute.Apply(snapshot, requests, own, snapshot.Version + 1, DateTimeOffset.UtcNow);
    }
}
