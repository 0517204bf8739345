using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Schema;

/// <summary>
/// The one model of the database, for both engines. Each engine has its own migrations, bound to the subclass
/// <see cref="SqliteDashboardDbContext"/> or <see cref="PostgresDashboardDbContext"/>; table and column names are the
/// snake_case ones the hand-written schema had, so databases made before EF Core are adopted as they are.
/// </summary>
public abstract class DashboardDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<OrgUnitEntity> OrgUnits => Set<OrgUnitEntity>();
    public DbSet<OrgUnitBoundaryEntity> OrgUnitBoundaries => Set<OrgUnitBoundaryEntity>();
    public DbSet<DataElementEntity> DataElements => Set<DataElementEntity>();
    public DbSet<IndicatorEntity> Indicators => Set<IndicatorEntity>();
    public DbSet<PlanEntity> Plans => Set<PlanEntity>();
    public DbSet<TargetEntity> Targets => Set<TargetEntity>();
    public DbSet<DataValueEntity> DataValues => Set<DataValueEntity>();
    public DbSet<AuditLogEntity> AuditLog => Set<AuditLogEntity>();
    public DbSet<AppStateEntity> AppState => Set<AppStateEntity>();
    public DbSet<AggregateSnapshotChunkEntity> AggregateSnapshotChunks => Set<AggregateSnapshotChunkEntity>();
    public DbSet<JobRunEntity> JobRuns => Set<JobRunEntity>();
    public DbSet<DataQualityFindingEntity> DataQualityFindings => Set<DataQualityFindingEntity>();
    public DbSet<DataQualityResolutionEntity> DataQualityResolutions => Set<DataQualityResolutionEntity>();
    public DbSet<WallPlaylistEntity> WallPlaylists => Set<WallPlaylistEntity>();
    public DbSet<AppUserEntity> Users => Set<AppUserEntity>();
    public DbSet<IdentityUserClaim<string>> UserClaims => Set<IdentityUserClaim<string>>();
    public DbSet<UserSessionEntity> UserSessions => Set<UserSessionEntity>();
    public DbSet<KioskTokenEntity> KioskTokens => Set<KioskTokenEntity>();
    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ImportBatchEntity> ImportBatches => Set<ImportBatchEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);

    // Every instant in the database is UTC: SQLite's text gives it back with no kind, and PostgreSQL's timestamptz
    // refuses a DateTime that is not marked UTC. One converter makes both read UTC and write UTC.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

/// <summary>The model on SQLite; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteDashboardDbContext(DbContextOptions<SqliteDashboardDbContext> options) : DashboardDbContext(options);

/// <summary>The model on PostgreSQL; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresDashboardDbContext(DbContextOptions<PostgresDashboardDbContext> options) : DashboardDbContext(options);
