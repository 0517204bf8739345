using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>Small named facts the app keeps between runs (seed state, snapshot version, job settings).</summary>
public sealed class AppStateEntity
{
    public required string Key { get; set; }
    public required string Value { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class AppStateConfiguration : IEntityTypeConfiguration<AppStateEntity>
{
    public void Configure(EntityTypeBuilder<AppStateEntity> entity)
    {
        entity.ToTable("app_state");
        entity.HasKey(e => e.Key).HasName("app_state_pkey");
    }
}
