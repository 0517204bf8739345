using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A value the nightly data-quality check found doubtful (outlier, part above whole, out of range).</summary>
public sealed class DataQualityFindingEntity
{
    public long Id { get; set; }
    /// <summary>Stable across nightly runs, so a resolution stays attached to the same finding.</summary>
    public required string FindingKey { get; set; }
    public required string CheckCode { get; set; }
    public string? RuleCode { get; set; }
    public long DataElementId { get; set; }
    public long? ReferenceElementId { get; set; }
    public long OrgUnitId { get; set; }
    public required string Period { get; set; }
    public required string PeriodMonth { get; set; }
    public double Value { get; set; }
    public double? Reference { get; set; }
    public double? Score { get; set; }
    public DateTime FoundAt { get; set; }
}

internal sealed class DataQualityFindingConfiguration : IEntityTypeConfiguration<DataQualityFindingEntity>
{
    public void Configure(EntityTypeBuilder<DataQualityFindingEntity> entity)
    {
        entity.ToTable("data_quality_finding");
        entity.HasKey(e => e.Id).HasName("data_quality_finding_pkey");
        entity.HasAlternateKey(e => e.FindingKey).HasName("data_quality_finding_finding_key_key");
        entity.HasIndex(e => new { e.OrgUnitId, e.Period }).HasDatabaseName("ix_data_quality_finding_unit");
        entity.HasIndex(e => e.PeriodMonth).HasDatabaseName("ix_data_quality_finding_month");
    }
}
