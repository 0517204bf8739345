using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A plan's target for an indicator in a year, for the plan's unit or a named part of it.</summary>
public sealed class TargetEntity
{
    public long Id { get; set; }
    public long PlanId { get; set; }
    public long? OrgUnitId { get; set; }
    public required string OrgUnitLabel { get; set; }
    public long IndicatorId { get; set; }
    public int Year { get; set; }
    public required string Comparator { get; set; }
    public double Value { get; set; }
    public string? Note { get; set; }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<TargetEntity>
{
    public void Configure(EntityTypeBuilder<TargetEntity> entity)
    {
        entity.ToTable("target");
        entity.HasKey(e => e.Id).HasName("target_pkey");
        entity.HasAlternateKey(e => new { e.PlanId, e.IndicatorId, e.Year, e.OrgUnitLabel }).HasName("target_plan_id_indicator_id_year_org_unit_label_key");
        entity.HasOne<PlanEntity>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.NoAction).HasConstraintName("target_plan_id_fkey");
        entity.HasOne<OrgUnitEntity>().WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.NoAction).HasConstraintName("target_org_unit_id_fkey");
        entity.HasOne<IndicatorEntity>().WithMany().HasForeignKey(e => e.IndicatorId).OnDelete(DeleteBehavior.NoAction).HasConstraintName("target_indicator_id_fkey");
    }
}
