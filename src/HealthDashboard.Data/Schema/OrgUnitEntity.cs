using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A province, district, commune or health station, valid over a span of dates (units change over time).</summary>
public sealed class OrgUnitEntity
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public long? ParentId { get; set; }
    /// <summary>The codes from the root down, '/'-joined: a subtree is a prefix match (text_pattern_ops on PostgreSQL).</summary>
    public required string Path { get; set; }
    public int Level { get; set; }
    public required string Kind { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public bool IsSample { get; set; }
}

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnitEntity>
{
    public void Configure(EntityTypeBuilder<OrgUnitEntity> entity)
    {
        entity.ToTable("org_unit");
        entity.HasKey(e => e.Id).HasName("org_unit_pkey");
        entity.HasAlternateKey(e => e.Code).HasName("org_unit_code_key");
        entity.Property(e => e.IsSample).HasDefaultValue(false);
        entity.HasOne<OrgUnitEntity>().WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.NoAction).HasConstraintName("org_unit_parent_id_fkey");
        entity.HasIndex(e => e.ParentId).HasDatabaseName("ix_org_unit_parent");
        entity.HasIndex(e => e.Path).HasDatabaseName("ix_org_unit_path").HasOperators("text_pattern_ops");
    }
}
