using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Jobs;

/// <summary>Reads the findings with their follow-up, a page at a time, and records that one was resolved.</summary>
public sealed class DataQualityFollowUpStore(Database database)
{
    public async Task<DataQualityPage> QueryAsync(DataQualityQuery query, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        // Conditions are added only when asked for, so each is a plain comparison an index can serve.
        var rows = WithFollowUp(context);
        if (query.UnitPath is { } path)
        {
            rows = rows.Where(r => EF.Functions.Like(r.UnitPath, path + "%"));
        }

        if (query.CheckCode is { } check)
        {
            rows = rows.Where(r => r.Finding.CheckCode == check);
        }

        if (query.RuleCode is { } rule)
        {
            rows = rows.Where(r => r.Finding.RuleCode == rule);
        }

        if (query.FromMonth is { } from)
        {
            rows = rows.Where(r => string.Compare(r.Finding.PeriodMonth, from) >= 0);
        }

        if (query.ToMonth is { } to)
        {
            rows = rows.Where(r => string.Compare(r.Finding.PeriodMonth, to) <= 0);
        }

        if (query.Resolved is { } resolved)
        {
            rows = resolved ? rows.Where(r => r.Resolution != null) : rows.Where(r => r.Resolution == null);
        }

        var total = await rows.LongCountAsync(cancellationToken);
        var page = await Shown(rows
                .OrderByDescending(r => r.Finding.PeriodMonth).ThenBy(r => r.UnitPath).ThenBy(r => r.Finding.CheckCode)
                .ThenBy(r => r.Finding.RuleCode).ThenBy(r => r.Finding.Id)
                .Skip(Math.Max(query.Offset, 0)).Take(Math.Clamp(query.Limit, 1, 500)))
            .ToListAsync(cancellationToken);
        return new DataQualityPage(page, total);
    }

    public async Task<DataQualityFinding?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await Shown(WithFollowUp(context).Where(r => r.Finding.Id == id)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Marks the finding resolved (a second time replaces who, when and the note); false when no such finding is left.</summary>
    public async Task<bool> ResolveAsync(long id, string resolvedBy, string note, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        var at = DateTime.UtcNow;
        // One statement: the finding may be replaced by a rebuild at any moment, and two officers may resolve it at once
        // (the last one's word stays); a read of its key followed by a write could attach the note to nothing.
        var written = await context.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO data_quality_resolution (finding_key, resolved_by, resolved_at, note)
             SELECT finding_key, {resolvedBy}, {at}, {note} FROM data_quality_finding WHERE id = {id}
             ON CONFLICT (finding_key) DO UPDATE SET resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at, note = excluded.note
             """, cancellationToken);
        return written > 0;
    }

    /// <summary>Each finding with its unit, its elements' codes and its follow-up, if any.</summary>
    private static IQueryable<Joined> WithFollowUp(DashboardDbContext context) => context.DataQualityFindings
        .Join(context.OrgUnits, f => f.OrgUnitId, u => u.Id, (f, u) => new { f, u })
        .Join(context.DataElements, x => x.f.DataElementId, e => e.Id, (x, e) => new { x.f, x.u, e })
        .LeftJoin(context.DataElements, x => x.f.ReferenceElementId, r => (long?)r.Id,
            (x, r) => new { x.f, x.u, x.e, ReferenceCode = r == null ? null : r.Code })
        .LeftJoin(context.DataQualityResolutions, x => x.f.FindingKey, s => s.FindingKey, (x, s) => new Joined
        {
            Finding = x.f, UnitCode = x.u.Code, UnitPath = x.u.Path, ElementCode = x.e.Code, ReferenceElementCode = x.ReferenceCode, Resolution = s,
        });

    private static IQueryable<DataQualityFinding> Shown(IQueryable<Joined> rows) => rows.Select(r => new DataQualityFinding
    {
        Id = r.Finding.Id, FindingKey = r.Finding.FindingKey, CheckCode = r.Finding.CheckCode, RuleCode = r.Finding.RuleCode,
        DataElementId = r.Finding.DataElementId, ElementCode = r.ElementCode, ReferenceElementId = r.Finding.ReferenceElementId,
        ReferenceElementCode = r.ReferenceElementCode, OrgUnitId = r.Finding.OrgUnitId, UnitCode = r.UnitCode, Period = r.Finding.Period,
        Value = r.Finding.Value, Reference = r.Finding.Reference, Score = r.Finding.Score,
        ResolvedBy = r.Resolution == null ? null : r.Resolution.ResolvedBy,
        ResolvedAt = r.Resolution == null ? null : (DateTime?)r.Resolution.ResolvedAt,
        Note = r.Resolution == null ? null : r.Resolution.Note,
    });

    private sealed class Joined
    {
        public required DataQualityFindingEntity Finding { get; init; }
        public required string UnitCode { get; init; }
        public required string UnitPath { get; init; }
        public required string ElementCode { get; init; }
        public string? ReferenceElementCode { get; init; }
        public DataQualityResolutionEntity? Resolution { get; init; }
    }
}
