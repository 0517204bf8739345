using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Audit;

/// <summary>Appends to and reads the audit log. Writers add their entry to their own context so the change and its audit row commit together.</summary>
public sealed class AuditStore(Database database)
{
    /// <summary>Adds the entry to a writer's context; it is saved with the writer's change, in the same transaction.</summary>
    public static void Add(DashboardDbContext context, AuditEntry entry) => context.AuditLog.Add(new AuditLogEntity
    {
        At = entry.At == default ? DateTime.UtcNow : entry.At,
        Actor = entry.Actor,
        Action = entry.Action,
        Entity = entry.Entity,
        EntityKey = entry.EntityKey,
        OldValue = entry.OldValue,
        NewValue = entry.NewValue,
        Via = entry.Via,
    });

    /// <summary>An entry of its own (a sign-in, an admin's action), not part of a data change's transaction.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        Add(context, entry);
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Newest first. Text is matched as a substring, case-insensitively, with LIKE's wildcards escaped: what an admin
    /// types is looked for as written, and is only ever a parameter.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        IQueryable<AuditLogEntity> rows = context.AuditLog;
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = Like(query.Text);
            rows = rows.Where(e => EF.Functions.Like(e.Actor.ToLower(), text, "\\") || EF.Functions.Like(e.Action.ToLower(), text, "\\")
                || EF.Functions.Like(e.Entity.ToLower(), text, "\\") || EF.Functions.Like(e.EntityKey.ToLower(), text, "\\")
                || EF.Functions.Like((e.OldValue ?? "").ToLower(), text, "\\") || EF.Functions.Like((e.NewValue ?? "").ToLower(), text, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim().ToLowerInvariant();
            rows = rows.Where(e => e.Actor.ToLower() == actor);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            rows = rows.Where(e => e.Action == action);
        }

        if (query.FromUtc is { } from)
        {
            rows = rows.Where(e => e.At >= from);
        }

        if (query.ToUtc is { } to)
        {
            rows = rows.Where(e => e.At < to);
        }

        return await Entries(rows.OrderByDescending(e => e.Id).Skip(Math.Max(0, query.Offset)).Take(Math.Clamp(query.Limit, 1, 1000)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var context = database.Context();
        return await Entries(context.AuditLog.OrderByDescending(e => e.Id).Take(count)).ToListAsync(cancellationToken);
    }

    private static string Like(string text) =>
        "%" + text.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    private static IQueryable<AuditEntry> Entries(IQueryable<AuditLogEntity> rows) => rows.Select(e => new AuditEntry
    {
        Id = e.Id,
        At = e.At,
        Actor = e.Actor,
        Action = e.Action,
        Entity = e.Entity,
        EntityKey = e.EntityKey,
        OldValue = e.OldValue,
        NewValue = e.NewValue,
        Via = e.Via,
    });
}
