using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>A piece of the persisted aggregate snapshot, so the app starts warm; the pieces in seq order are the whole.</summary>
public sealed class AggregateSnapshotChunkEntity
{
    public int Seq { get; set; }
    public required byte[] Data { get; set; }
}

internal sealed class AggregateSnapshotChunkConfiguration : IEntityTypeConfiguration<AggregateSnapshotChunkEntity>
{
    public void Configure(EntityTypeBuilder<AggregateSnapshotChunkEntity> entity)
    {
        entity.ToTable("aggregate_snapshot_chunk");
        entity.HasKey(e => e.Seq).HasName("aggregate_snapshot_chunk_pkey");
        entity.Property(e => e.Seq).ValueGeneratedNever();
    }
}
