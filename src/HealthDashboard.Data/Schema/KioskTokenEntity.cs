using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A wall PC's sign-in for one playlist; only the token's hash is kept.</summary>
public sealed class KioskTokenEntity
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string PlaylistCode { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastSeenAt { get; set; }
}

internal sealed class KioskTokenConfiguration : IEntityTypeConfiguration<KioskTokenEntity>
{
    public void Configure(EntityTypeBuilder<KioskTokenEntity> entity)
    {
        entity.ToTable("kiosk_token");
        entity.HasKey(e => e.Id).HasName("kiosk_token_pkey");
        entity.HasAlternateKey(e => e.TokenHash).HasName("kiosk_token_token_hash_key");
    }
}
