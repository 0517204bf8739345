using System.Data.Common;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Jobs;
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
    TimeProvider clock,
    DataQualityStore quality,
    ILogger<DataValueWriter> logger)
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

        // The form's part ≤ whole rules, which need the stored values.
        var indexed = validation.AcceptedWithIndexes(inputs.Count);
        var breaches = await PairRuleCheck.CheckAsync(indexed, loaded, new StoredValueLookup(stores.Database), cancellationToken);
        if (breaches.Count == 0)
        {
            return validation;
        }

        var breached = breaches.Select(b => b.Index!.Value).ToHashSet();
        var problems = validation.Problems.Concat(breaches).OrderBy(p => p.Index ?? int.MaxValue).ToList();
        return new DataValueValidation([], problems) { Accepted = indexed.Where(x => !breached.Contains(x.Index)).Select(x => x.Value).ToList() };
    }

    /// <summary>What writing these checked values would do (new, updated, unchanged, deleted), without writing: an import's dry run.</summary>
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

        // Only what was written or deleted: values equal to the stored ones change no aggregate. A deleted key is queued
        // like a written one: the recompute reads the unit's values as stored now, so the deleted one drops out.
        dirtyKeys.Enqueue(saved.Changed);
        // A deletion refreshes the findings too: the outlier or broken pair it removes must leave /quality.
        if (saved.Created + saved.Updated + saved.Deleted > 0)
        {
            await RefreshFindingsAsync(validation.Values);
        }

        return new DataValueWriteResult(saved.Created, saved.Updated, [], saved.Unchanged, saved.Deleted);
    }

    /// <summary>
    /// The data-quality findings of the series just written, recomputed now (outliers and broken pairs reach /quality at
    /// once, not the next night). The values are saved already: a failure here is logged and left to the nightly run.
    /// </summary>
    private async Task RefreshFindingsAsync(IReadOnlyList<BatchValue> values)
    {
        try
        {
            var loaded = await catalog.CatalogAsync();
            var scope = new DataQualityScope(values.Select(v => v.OrgUnitId).Distinct().ToList(), values.Select(v => v.ElementId).Distinct().ToList());
            await quality.RefreshAsync(PartWholePair.From(loaded), DataQualityJob.OutlierElements(loaded), scope);
        }
        catch (DbException error)
        {
            logger.LogWarning(error, "The data-quality findings of {Count} written values could not be refreshed; the nightly run will", values.Count);
        }
    }
}
