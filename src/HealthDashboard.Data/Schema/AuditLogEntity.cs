using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>Who changed what, when and through which door (page, API, import, command line): rows are only ever added.</summary>
public sealed class AuditLogEntity
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public required string Via { get; set; }
}

internal sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLogEntity>
{
    public void Configure(EntityTypeBuilder<AuditLogEntity> entity)
    {
        entity.ToTable("audit_log");
        entity.HasKey(e => e.Id).HasName("audit_log_pkey");
        entity.HasIndex(e => e.At).HasDatabaseName("ix_audit_log_at");
        entity.HasIndex(e => e.Actor).HasDatabaseName("ix_audit_log_actor");
    }
}
