using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A person who signs in: their role, the unit whose subtree they enter data for, lockout and password state.</summary>
public sealed class AppUserEntity
{
    public required string Id { get; set; }
    public required string UserName { get; set; }
    public required string NormalizedUserName { get; set; }
    public required string DisplayName { get; set; }
    public string? PasswordHash { get; set; }
    public required string SecurityStamp { get; set; }
    public required string Role { get; set; }
    public string? UnitCode { get; set; }
    public bool MustChangePassword { get; set; }
    public bool Disabled { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTime? LockoutEnd { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUserEntity>
{
    public void Configure(EntityTypeBuilder<AppUserEntity> entity)
    {
        entity.ToTable("app_user");
        entity.HasKey(e => e.Id).HasName("app_user_pkey");
        entity.HasAlternateKey(e => e.NormalizedUserName).HasName("app_user_normalized_user_name_key");
        // Integers on both engines since the first release (0007_security), not PostgreSQL booleans.
        entity.Property(e => e.MustChangePassword).HasConversion<int>().HasDefaultValue(false);
        entity.Property(e => e.Disabled).HasConversion<int>().HasDefaultValue(false);
        entity.Property(e => e.AccessFailedCount).HasDefaultValue(0);
    }
}
