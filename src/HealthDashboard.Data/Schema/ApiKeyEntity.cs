using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A machine's key to the API, held to a unit's subtree; only the key's hash is kept.</summary>
public sealed class ApiKeyEntity
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required string KeyHash { get; set; }
    public required string UnitCode { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyEntity>
{
    public void Configure(EntityTypeBuilder<ApiKeyEntity> entity)
    {
        entity.ToTable("api_key");
        entity.HasKey(e => e.Id).HasName("api_key_pkey");
        entity.HasAlternateKey(e => e.KeyHash).HasName("api_key_key_hash_key");
    }
}
