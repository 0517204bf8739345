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

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditEntry>(
            "SELECT id, at, actor, action, entity, entity_key AS EntityKey, old_value AS OldValue, new_value AS NewValue, via " +
            "FROM audit_log ORDER BY id DESC LIMIT @count", new { count });
        return rows.Select(r => r with { At = DateTime.SpecifyKind(r.At, DateTimeKind.Utc) }).ToList();
    }
}
