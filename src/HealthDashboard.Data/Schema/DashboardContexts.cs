using System.Data.Common;
using HealthDashboard.Data.Db;
using Microsoft.EntityFrameworkCore;

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
            new DbContextOptionsBuilder<PostgresDashboardDbContext>().UseNpgsql(connection).UseSnakeCaseNamingConvention().Options),
        _ => new SqliteDashboardDbContext(
            new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(connection).UseSnakeCaseNamingConvention().Options),
    };
}
