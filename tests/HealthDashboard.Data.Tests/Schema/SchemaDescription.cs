using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Tests.Schema;

/// <summary>
/// A database's tables, columns, keys, indexes and foreign keys as sorted lines, to compare two schemas made in
/// different ways. Constraint names count where the engine keeps them (PostgreSQL); SQLite's own automatic index
/// names and the not-null flag of a SQLite primary key column (which SQLite does not report the same for both spellings)
/// do not. EF Core's own tables are left out.
/// </summary>
public static class SchemaDescription
{
    public static async Task<List<string>> ReadAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        var lines = database.IsPostgres ? await PostgresAsync(connection) : await SqliteAsync(connection);
        return lines.Where(line => !line.StartsWith("__EF", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> SqliteAsync(System.Data.Common.DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await connection.QueryAsync<(string Name, string Sql)>(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var (table, sql) in tables)
        {
            lines.Add($"{table} without_rowid={sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase)}".ToLowerInvariant());
            foreach (var c in await connection.QueryAsync<(string Name, string Type, long NotNull, string? Default, long Pk)>(
                         $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')"))
            {
                lines.Add($"{table}.{c.Name} {c.Type.ToUpperInvariant()} notnull={(c.Pk > 0 ? "pk" : c.NotNull.ToString())} default={c.Default} pk={c.Pk}".ToLowerInvariant());
            }

            foreach (var f in await connection.QueryAsync<(string Table, string From, string To, string OnDelete)>(
                         $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
            {
                lines.Add($"{table} fk ({f.From}) -> {f.Table}({f.To}) on delete {f.OnDelete}".ToLowerInvariant());
            }

            foreach (var i in await connection.QueryAsync<(string Name, long Unique, string Origin)>(
                         $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')"))
            {
                var columns = string.Join(",", await connection.QueryAsync<string>($"SELECT name FROM pragma_index_info('{i.Name}') ORDER BY seqno"));
                // The primary key's own index and inline UNIQUE constraints have names SQLite makes up.
                var name = i.Name.StartsWith("sqlite_autoindex", StringComparison.Ordinal) ? "" : i.Name;
                lines.Add($"{table} index {name} ({columns}) unique={i.Unique}".ToLowerInvariant());
            }
        }

        lines.AddRange((await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'trigger'")).Select(t => $"trigger {t}".ToLowerInvariant()));
        return lines;
    }

    private static async Task<List<string>> PostgresAsync(System.Data.Common.DbConnection connection)
    {
        var lines = new List<string>();
        lines.AddRange(await connection.QueryAsync<string>("""
            SELECT table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
                || ' identity=' || coalesce(identity_generation, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """));
        lines.AddRange(await connection.QueryAsync<string>(
            "SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"));
        lines.AddRange(await connection.QueryAsync<string>("""
            SELECT rel.relname || ' constraint ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public'
            """));
        lines.AddRange(await connection.QueryAsync<string>(
            "SELECT 'trigger ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"));
        return lines.Where(line => !line.Contains("__EFMigrations", StringComparison.Ordinal)).ToList();
    }
}
