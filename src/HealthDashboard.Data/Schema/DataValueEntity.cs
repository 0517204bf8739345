using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>One reported figure: a data element at a unit for a period (yyyyMM, yyyyQn or yyyy).</summary>
public sealed class DataValueEntity
{
    public long DataElementId { get; set; }
    public long OrgUnitId { get; set; }
    public required string Period { get; set; }
    public double Value { get; set; }
    public string? Comment { get; set; }
    public string? StoredBy { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class DataValueConfiguration : IEntityTypeConfiguration<DataValueEntity>
{
    public void Configure(EntityTypeBuilder<DataValueEntity> entity)
    {
        // On SQLite the table is WITHOUT ROWID (the initial migration creates it by hand): rows sit in key order.
        entity.ToTable("data_value");
        entity.HasKey(e => new { e.DataElementId, e.OrgUnitId, e.Period }).HasName("data_value_pkey");
        entity.HasOne<DataElementEntity>().WithMany().HasForeignKey(e => e.DataElementId).OnDelete(DeleteBehavior.NoAction).HasConstraintName("data_value_data_element_id_fkey");
        entity.HasOne<OrgUnitEntity>().WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.NoAction).HasConstraintName("data_value_org_unit_id_fkey");
        entity.HasIndex(e => new { e.OrgUnitId, e.Period }).HasDatabaseName("ix_data_value_unit_period");
    }
}
