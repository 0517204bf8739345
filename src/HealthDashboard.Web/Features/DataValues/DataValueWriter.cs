using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Realtime;
using HealthDashboard.Web.Realtime.Postgres;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.DataValues;

/// <summary>
/// The one way raw values get saved, whoever sends them (API, entry form, import): check everything, write all of it
/// with its audit rows in one transaction (which on PostgreSQL also tells the other nodes), then queue the keys for
/// this node's aggregation, so every open screen shows the change.
/// </summary>
public sealed class DataValueWriter(
    CatalogCache catalog,
    OrgUnitCache units,
    DataStores stores,
    DirtyKeyQueue dirtyKeys,
    NodeIdentity node,
    TimeProvider clock)
{
    public async Task<DataValueValidation> ValidateAsync(IReadOnlyList<DataValueInput> inputs, CancellationToken cancellationToken = default,
        int maxProblemsListed = DataValueValidator.MaxProblemsListed)
    {
        var currentMonth = Period.MonthOf(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var loaded = await catalog.CatalogAsync(cancellationToken);
        var validation = DataValueValidator.Validate(inputs, loaded, await units.TreeAsync(cancellationToken), currentMonth, maxProblemsListed);
        if (validation.Accepted.Count == 0 || validation.Problems.Count > maxProblemsListed)
        {
            return validation;
        }

        // The form's part ≤ whole rules, which need the stored values: the values that passed, with their indexes (the
        // validator keeps them in order, skipping every index it found a problem with).
        var rejected = validation.Problems.Where(p => p.Index is not null).Select(p => p.Index!.Value).ToHashSet();
        var indexed = Enumerable.Range(0, inputs.Count).Where(i => !rejected.Contains(i)).Zip(validation.Accepted).ToList();
        var breaches = await PairRuleCheck.CheckAsync(indexed, loaded, new StoredValueLookup(stores.Database), cancellationToken);
        if (breaches.Count == 0)
        {
            return validation;
        }

        var breached = breaches.Select(b => b.Index!.Value).ToHashSet();
        var problems = validation.Problems.Concat(breaches).OrderBy(p => p.Index ?? int.MaxValue).ToList();
        return new DataValueValidation([], problems) { Accepted = indexed.Where(x => !breached.Contains(x.First)).Select(x => x.Second).ToList() };
    }

    /// <summary>What writing these checked values would do (new, updated, unchanged), without writing: an import's dry run.</summary>
    public Task<DataValueBatchPreview> PreviewAsync(IReadOnlyList<BatchValue> values, CancellationToken cancellationToken = default) =>
        new DataValueBatchWriter(stores.Database).PreviewAsync(values, cancellationToken);

    /// <param name="actor">Who saves: a user name, or "api" for the API key.</param>
    /// <param name="via">How: form, import, api (the audit log's column).</param>
    /// <param name="expected">For a form: the values the person saw; if any has changed since, nothing is written and the
    /// result lists the conflicts.</param>
    public async Task<DataValueWriteResult> WriteAsync(IReadOnlyList<DataValueInput> inputs, string actor, string via,
        CancellationToken cancellationToken = default, IReadOnlyList<ExpectedValue>? expected = null)
    {
        var validation = await ValidateAsync(inputs, cancellationToken);
        if (!validation.IsValid)
        {
            return DataValueWriteResult.Rejected(validation.Problems);
        }

        // Not cancellable once checked: a write that commits must also be queued, or this node's screens would miss it
        // until the next full recompute.
        var saved = await new DataValueBatchWriter(stores.Database).WriteAsync(validation.Values, actor, via, node.Id, CancellationToken.None, expected);
        if (saved.Conflicts.Count > 0)
        {
            return new DataValueWriteResult(0, 0, []) { Conflicts = saved.Conflicts };
        }

        // Only what was written: values equal to the stored ones change no aggregate.
        dirtyKeys.Enqueue(saved.Changed);
        return new DataValueWriteResult(saved.Created, saved.Updated, [], saved.Unchanged);
    }
}
