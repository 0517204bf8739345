using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>An officer's word that a finding was looked at, and why it stands or was fixed.</summary>
public sealed class DataQualityResolutionEntity
{
    public required string FindingKey { get; set; }
    public required string ResolvedBy { get; set; }
    public DateTime ResolvedAt { get; set; }
    public required string Note { get; set; }
}

internal sealed class DataQualityResolutionConfiguration : IEntityTypeConfiguration<DataQualityResolutionEntity>
{
    public void Configure(EntityTypeBuilder<DataQualityResolutionEntity> entity)
    {
        entity.ToTable("data_quality_resolution");
        entity.HasKey(e => e.FindingKey).HasName("data_quality_resolution_pkey");
    }
}
