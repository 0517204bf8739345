using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A unit's outline as GeoJSON, for the maps.</summary>
public sealed class OrgUnitBoundaryEntity
{
    public long OrgUnitId { get; set; }
    public required string Geojson { get; set; }
    public bool IsSample { get; set; }
}

internal sealed class OrgUnitBoundaryConfiguration : IEntityTypeConfiguration<OrgUnitBoundaryEntity>
{
    public void Configure(EntityTypeBuilder<OrgUnitBoundaryEntity> entity)
    {
        entity.ToTable("org_unit_boundary");
        entity.HasKey(e => e.OrgUnitId).HasName("org_unit_boundary_pkey");
        entity.Property(e => e.OrgUnitId).ValueGeneratedNever();
        // Sent on every insert: EF would leave out a false (the CLR default) and the column default would make it true.
        entity.Property(e => e.IsSample).HasDefaultValue(true).ValueGeneratedNever();
        entity.HasOne<OrgUnitEntity>().WithOne().HasForeignKey<OrgUnitBoundaryEntity>(e => e.OrgUnitId).OnDelete(DeleteBehavior.NoAction)
            .HasConstraintName("org_unit_boundary_org_unit_id_fkey");
    }
}
