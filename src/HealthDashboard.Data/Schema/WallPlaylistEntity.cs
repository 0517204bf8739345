using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A wall screen's rotation: its slides as JSON and how long each shows.</summary>
public sealed class WallPlaylistEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SecondsPerSlide { get; set; }
    public required string Slides { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class WallPlaylistConfiguration : IEntityTypeConfiguration<WallPlaylistEntity>
{
    public void Configure(EntityTypeBuilder<WallPlaylistEntity> entity)
    {
        entity.ToTable("wall_playlist");
        entity.HasKey(e => e.Code).HasName("wall_playlist_pkey");
    }
}
