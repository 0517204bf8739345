using System.Data.Common;
using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Audit;

/// <summary>Appends to and reads the audit log. Writers pass their own transaction so the change and its audit row commit together.</summary>
public sealed class AuditStore(Database database)
{
    private const string Insert =
        "INSERT INTO audit_log (at, actor, action, entity, entity_key, old_value, new_value, via) " +
        "VALUES (@At, @Actor, @Action, @Entity, @EntityKey, @OldValue, @NewValue, @Via)";

    public static Task AppendAsync(DbConnection connection, DbTransaction transaction, AuditEntry entry) =>
        connection.ExecuteAsync(Insert, entry with { At = entry.At == default ? DateTime.UtcNow : entry.At }, transaction);

    /// <summary>An entry of its own (a sign-in, an admin's action), not part of a data change's transaction.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Insert, entry with { At = entry.At == default ? DateTime.UtcNow : entry.At });
    }

    /// <summary>
    /// Newest first. Text is matched as a substring, case-insensitively, with LIKE's wildcards escaped: what an admin
    /// types is looked for as written, and is only ever a parameter.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            where.Add("(LOWER(actor) LIKE @text ESCAPE '\\' OR LOWER(action) LIKE @text ESCAPE '\\' OR LOWER(entity) LIKE @text ESCAPE '\\' " +
                      "OR LOWER(entity_key) LIKE @text ESCAPE '\\' OR LOWER(COALESCE(old_value, '')) LIKE @text ESCAPE '\\' " +
                      "OR LOWER(COALESCE(new_value, '')) LIKE @text ESCAPE '\\')");
            parameters.Add("text", Like(query.Text));
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            where.Add("LOWER(actor) = @actor");
            parameters.Add("actor", query.Actor.Trim().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            where.Add("action = @action");
            parameters.Add("action", query.Action.Trim());
        }

        if (query.FromUtc is { } from)
        {
            where.Add("at >= @from");
            parameters.Add("from", DateTime.SpecifyKind(from, DateTimeKind.Utc));
        }

        if (query.ToUtc is { } to)
        {
            where.Add("at < @to");
            parameters.Add("to", DateTime.SpecifyKind(to, DateTimeKind.Utc));
        }

        parameters.Add("limit", Math.Clamp(query.Limit, 1, 1000));
        parameters.Add("offset", Math.Max(0, query.Offset));
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where) + " ";
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditEntry>(
            "SELECT id, at, actor, action, entity, entity_key AS EntityKey, old_value AS OldValue, new_value AS NewValue, via " +
            $"FROM audit_log {filter}ORDER BY id DESC LIMIT @limit OFFSET @offset", parameters);
        return rows.Select(r => r with { At = DateTime.SpecifyKind(r.At, DateTimeKind.Utc) }).ToList();
    }

    private static string Like(string text) =>
        "%" + text.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditEntry>(
            "SELECT id, at, actor, action, entity, entity_key AS EntityKey, old_value AS OldValue, new_value AS NewValue, via " +
            "FROM audit_log ORDER BY id DESC LIMIT @count", new { count });
        return rows.Select(r => r with { At = DateTime.SpecifyKind(r.At, DateTimeKind.Utc) }).ToList();
    }
}
