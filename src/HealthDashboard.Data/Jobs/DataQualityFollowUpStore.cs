using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Jobs;

/// <summary>Reads the findings with their follow-up, a page at a time, and records that one was resolved.</summary>
public sealed class DataQualityFollowUpStore(Database database)
{
    private const string Select =
        "SELECT f.id, f.finding_key AS FindingKey, f.check_code AS CheckCode, f.rule_code AS RuleCode, f.data_element_id AS DataElementId, " +
        "e.code AS ElementCode, f.reference_element_id AS ReferenceElementId, r.code AS ReferenceElementCode, f.org_unit_id AS OrgUnitId, " +
        "u.code AS UnitCode, f.period, f.value, f.reference, f.score, s.resolved_by AS ResolvedBy, s.resolved_at AS ResolvedAt, s.note ";

    private const string From =
        "FROM data_quality_finding f JOIN org_unit u ON u.id = f.org_unit_id JOIN data_element e ON e.id = f.data_element_id " +
        "LEFT JOIN data_element r ON r.id = f.reference_element_id LEFT JOIN data_quality_resolution s ON s.finding_key = f.finding_key ";

    public async Task<DataQualityPage> QueryAsync(DataQualityQuery query, CancellationToken cancellationToken = default)
    {
        // Conditions are added only when asked for: PostgreSQL cannot type a parameter that is only ever compared with null.
        var where = new List<string> { "1 = 1" };
        var parameters = new DynamicParameters();
        if (query.UnitPath is { } path)
        {
            where.Add("u.path LIKE @path");
            parameters.Add("path", path + "%");
        }

        if (query.CheckCode is { } check)
        {
            where.Add("f.check_code = @check");
            parameters.Add("check", check);
        }

        if (query.RuleCode is { } rule)
        {
            where.Add("f.rule_code = @rule");
            parameters.Add("rule", rule);
        }

        if (query.FromMonth is { } from)
        {
            where.Add("f.period_month >= @from");
            parameters.Add("from", from);
        }

        if (query.ToMonth is { } to)
        {
            where.Add("f.period_month <= @to");
            parameters.Add("to", to);
        }

        if (query.Resolved is { } resolved)
        {
            where.Add(resolved ? "s.finding_key IS NOT NULL" : "s.finding_key IS NULL");
        }

        parameters.Add("limit", Math.Clamp(query.Limit, 1, 500));
        parameters.Add("offset", Math.Max(query.Offset, 0));
        var filter = "WHERE " + string.Join(" AND ", where) + " ";
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) " + From + filter, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<DataQualityFinding>(new CommandDefinition(
            Select + From + filter + "ORDER BY f.period_month DESC, u.path, f.check_code, f.rule_code, f.id LIMIT @limit OFFSET @offset",
            parameters, cancellationToken: cancellationToken));
        return new DataQualityPage(rows.ToList(), total);
    }

    public async Task<DataQualityFinding?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DataQualityFinding>(new CommandDefinition(
            Select + From + "WHERE f.id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>Marks the finding resolved (a second time replaces who, when and the note); false when no such finding is left.</summary>
    public async Task<bool> ResolveAsync(long id, string resolvedBy, string note, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var written = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO data_quality_resolution (finding_key, resolved_by, resolved_at, note) " +
            "SELECT finding_key, @resolvedBy, @at, @note FROM data_quality_finding WHERE id = @id " +
            "ON CONFLICT (finding_key) DO UPDATE SET resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at, note = excluded.note",
            new { id, resolvedBy, note, at = DateTime.UtcNow }, cancellationToken: cancellationToken));
        return written > 0;
    }
}
