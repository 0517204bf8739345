using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A province's plan (a resolution) whose targets the dashboard judges against.</summary>
public sealed class PlanEntity
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public long? OrgUnitId { get; set; }
    public string? SeedFile { get; set; }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<PlanEntity>
{
    public void Configure(EntityTypeBuilder<PlanEntity> entity)
    {
        entity.ToTable("plan");
        entity.HasKey(e => e.Id).HasName("plan_pkey");
        entity.HasAlternateKey(e => e.Code).HasName("plan_code_key");
        entity.HasOne<OrgUnitEntity>().WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.NoAction).HasConstraintName("plan_org_unit_id_fkey");
    }
}
