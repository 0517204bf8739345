using HealthDashboard.Data.Db;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

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
        await using var context = database.Context();
        var lines = database.IsPostgres ? await PostgresAsync(context.Database) : await SqliteAsync(context.Database);
        return lines.Where(line => !line.StartsWith("__EF", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    // EF maps the rows to these by its snake_case convention, so each column is aliased to its property's snake_case name.
    private sealed record SqliteTable(string Name, string Sql);
    private sealed record SqliteColumn(string Name, string Type, long NotNull, string? DfltValue, long Pk);
    private sealed record SqliteForeignKey(string ToTable, string FromColumn, string ToColumn, string OnDelete);
    private sealed record SqliteIndex(string Name, long IsUnique, string Origin);

    private static async Task<List<string>> SqliteAsync(DatabaseFacade db)
    {
        var lines = new List<string>();
        var tables = await db.SqlQuery<SqliteTable>(
            $"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").ToListAsync();
        foreach (var (table, sql) in tables)
        {
            lines.Add($"{table} without_rowid={sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase)}".ToLowerInvariant());
            foreach (var c in await db.SqlQuery<SqliteColumn>(
                         $"SELECT name, type, \"notnull\" AS not_null, dflt_value, pk FROM pragma_table_info({table})").ToListAsync())
            {
                lines.Add($"{table}.{c.Name} {c.Type.ToUpperInvariant()} notnull={(c.Pk > 0 ? "pk" : c.NotNull.ToString())} default={c.DfltValue} pk={c.Pk}".ToLowerInvariant());
            }

            foreach (var f in await db.SqlQuery<SqliteForeignKey>(
                         $"SELECT \"table\" AS to_table, \"from\" AS from_column, \"to\" AS to_column, on_delete FROM pragma_foreign_key_list({table})").ToListAsync())
            {
                lines.Add($"{table} fk ({f.FromColumn}) -> {f.ToTable}({f.ToColumn}) on delete {f.OnDelete}".ToLowerInvariant());
            }

            foreach (var i in await db.SqlQuery<SqliteIndex>(
                         $"SELECT name, \"unique\" AS is_unique, origin FROM pragma_index_list({table})").ToListAsync())
            {
                var columns = string.Join(",", await db.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_index_info({i.Name}) ORDER BY seqno").ToListAsync());
                // The primary key's own index and inline UNIQUE constraints have names SQLite makes up.
                var name = i.Name.StartsWith("sqlite_autoindex", StringComparison.Ordinal) ? "" : i.Name;
                lines.Add($"{table} index {name} ({columns}) unique={i.IsUnique}".ToLowerInvariant());
            }
        }

        lines.AddRange((await db.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger'").ToListAsync())
            .Select(t => $"trigger {t}".ToLowerInvariant()));
        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DatabaseFacade db)
    {
        var lines = new List<string>();
        lines.AddRange(await db.SqlQuery<string>($"""
            SELECT table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
                || ' identity=' || coalesce(identity_generation, '') AS "Value"
            FROM information_schema.columns WHERE table_schema = 'public'
            """).ToListAsync());
        lines.AddRange(await db.SqlQuery<string>(
            $"SELECT 'index ' || indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = 'public'").ToListAsync());
        lines.AddRange(await db.SqlQuery<string>($"""
            SELECT rel.relname || ' constraint ' || con.conname || ' ' || pg_get_constraintdef(con.oid) AS "Value"
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public'
            """).ToListAsync());
        lines.AddRange(await db.SqlQuery<string>(
            $"SELECT 'trigger ' || tgname AS \"Value\" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal").ToListAsync());
        return lines.Where(line => !line.Contains("__EFMigrations", StringComparison.Ordinal)).ToList();
    }
}
