using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>
/// A person who signs in: Identity's user (name, password hash, security and concurrency stamps, lockout) with the app's
/// own role, the unit whose subtree they enter data for, and their display name.
/// </summary>
public sealed class AppUserEntity : IdentityUser<string>
{
    public AppUserEntity()
    {
        // Every account can be locked out: there is no account the lockout would leave open to guessing.
        LockoutEnabled = true;
    }

    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public string? UnitCode { get; set; }
    public bool MustChangePassword { get; set; }
    public bool Disabled { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUserEntity>
{
    public void Configure(EntityTypeBuilder<AppUserEntity> entity)
    {
        // The table and ids of the first release (0007_security), so existing users and their password hashes stay.
        entity.ToTable("app_user");
        entity.HasKey(e => e.Id).HasName("app_user_pkey");
        entity.HasAlternateKey(e => e.NormalizedUserName).HasName("app_user_normalized_user_name_key");
        entity.Property(e => e.UserName).IsRequired();
        entity.Property(e => e.NormalizedUserName).IsRequired();
        entity.Property(e => e.SecurityStamp).IsRequired();
        // Identity renews the stamp on every save and saves only if nobody saved in between (two admins editing at once).
        entity.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        // Integers on both engines since the first release, not PostgreSQL booleans.
        entity.Property(e => e.MustChangePassword).HasConversion<int>().HasDefaultValue(false);
        entity.Property(e => e.Disabled).HasConversion<int>().HasDefaultValue(false);
        entity.Property(e => e.AccessFailedCount).HasDefaultValue(0);
        // Kept as the UTC instant the column has always held (text on SQLite), not as a DateTimeOffset with an offset.
        entity.Property(e => e.LockoutEnd).HasConversion(
            end => end.HasValue ? end.Value.UtcDateTime : (DateTime?)null,
            end => end.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(end.Value, DateTimeKind.Utc)) : null);
        // People sign in by name and password only: no e-mail, telephone or second factor is kept.
        entity.Ignore(e => e.Email);
        entity.Ignore(e => e.NormalizedEmail);
        entity.Ignore(e => e.EmailConfirmed);
        entity.Ignore(e => e.PhoneNumber);
        entity.Ignore(e => e.PhoneNumberConfirmed);
        entity.Ignore(e => e.TwoFactorEnabled);
    }
}

/// <summary>
/// Identity's claims of a user: its principal factory asks the store for them at every sign-in. The app gives none
/// (role and unit are columns of the user), but the store needs the table to answer.
/// </summary>
internal sealed class AppUserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> entity)
    {
        entity.ToTable("app_user_claim");
        entity.HasKey(e => e.Id).HasName("app_user_claim_pkey");
        entity.HasOne<AppUserEntity>().WithMany().HasForeignKey(e => e.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("app_user_claim_user_id_fkey");
        entity.HasIndex(e => e.UserId).HasDatabaseName("ix_app_user_claim_user");
    }
}
