using HealthDashboard.Data.Db;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace HealthDashboard.Data.Schema;

// For `dotnet ef migrations add <Name> --project src/HealthDashboard.Data --context SqliteDashboardDbContext
// --output-dir Migrations/Sqlite` (and PostgresDashboardDbContext, Migrations/Postgres): adding a migration connects to
// nothing, so the connections only name the engine.
internal sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteDashboardDbContext>
{
    public SqliteDashboardDbContext CreateDbContext(string[] args) =>
        (SqliteDashboardDbContext)DashboardContexts.Create(DatabaseProvider.Sqlite, new SqliteConnection("Data Source=design-time.db"));
}

internal sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresDashboardDbContext>
{
    public PostgresDashboardDbContext CreateDbContext(string[] args) =>
        (PostgresDashboardDbContext)DashboardContexts.Create(DatabaseProvider.Postgres, new NpgsqlConnection("Host=design-time"));
}
