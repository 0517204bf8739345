using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A data-protection key ring entry (sign-in cookies, antiforgery), shared by every node.</summary>
public sealed class DataProtectionKeyEntity
{
    public required string FriendlyName { get; set; }
    public required string Xml { get; set; }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyEntity>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyEntity> entity)
    {
        entity.ToTable("data_protection_key");
        entity.HasKey(e => e.FriendlyName).HasName("data_protection_key_pkey");
    }
}
