using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A signed-in browser of a user, so an admin can see and end it.</summary>
public sealed class UserSessionEntity
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public string? RemoteAddress { get; set; }
    public string? UserAgent { get; set; }
    public DateTime? EndedAt { get; set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSessionEntity>
{
    public void Configure(EntityTypeBuilder<UserSessionEntity> entity)
    {
        entity.ToTable("user_session");
        entity.HasKey(e => e.Id).HasName("user_session_pkey");
        entity.HasOne<AppUserEntity>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("user_session_user_id_fkey");
        entity.HasIndex(e => e.UserId).HasDatabaseName("ix_user_session_user");
    }
}
