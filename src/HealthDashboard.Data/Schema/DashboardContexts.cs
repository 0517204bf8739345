using System.Data.Common;
using HealthDashboard.Data.Db;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace HealthDashboard.Data.Schema;

/// <summary>Makes the model's context for the configured engine.</summary>
public static class DashboardContexts
{
    /// <summary>
    /// On a connection from <see cref="Database.OpenAsync"/>, which has the SQLite pragmas (WAL, foreign keys, busy
    /// timeout) set; the caller owns and disposes the connection.
    /// </summary>
    public static DashboardDbContext Create(DatabaseProvider provider, DbConnection connection) => provider switch
    {
        DatabaseProvider.Postgres => new PostgresDashboardDbContext(
            Configure(new DbContextOptionsBuilder<PostgresDashboardDbContext>().UseNpgsql(connection)).Options),
        _ => new SqliteDashboardDbContext(
            Configure(new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(connection)).Options),
    };

    /// <summary>
    /// The pool the stores draw their contexts from: a context per unit of work, opening its own connection (Npgsql's
    /// data source, or a SQLite connection that gets the pragmas each time it opens). Pooling saves building the
    /// context's services for every short request, which the dashboards make many of.
    /// </summary>
    internal static Func<DashboardDbContext> Pool(DatabaseProvider provider, string connectionString, NpgsqlDataSource? postgres)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var options = Configure(new DbContextOptionsBuilder<PostgresDashboardDbContext>().UseNpgsql(postgres!)).Options;
            var pool = new PooledDbContextFactory<PostgresDashboardDbContext>(options);
            return pool.CreateDbContext;
        }

        var sqlite = Configure(new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(connectionString))
            .AddInterceptors(SqlitePragmas.Instance).Options;
        var sqlitePool = new PooledDbContextFactory<SqliteDashboardDbContext>(sqlite);
        return sqlitePool.CreateDbContext;
    }

    private static DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder) where T : DbContext
    {
        builder.UseSnakeCaseNamingConvention();
        // Stores read what they show and write by ExecuteUpdate or with entities they attach: tracking every row read
        // would only cost memory and time on the dashboards' large reads.
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return builder;
    }
}
