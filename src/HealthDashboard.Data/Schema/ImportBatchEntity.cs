using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>An uploaded file with its dry-run outcome, kept so the preview, the commit and the history read the same file.</summary>
public sealed class ImportBatchEntity
{
    public required string Id { get; set; }
    public required string FileName { get; set; }
    public required string Format { get; set; }
    public long SizeBytes { get; set; }
    public required byte[] Content { get; set; }
    public required string UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string Status { get; set; }
    public int RowCount { get; set; }
    public int NewCount { get; set; }
    public int UpdatedCount { get; set; }
    public int UnchangedCount { get; set; }
    public int RejectedCount { get; set; }
    /// <summary>The rejected rows as JSON ([{"line","field","message","messageEn"}]): read only whole, for the preview and its CSV.</summary>
    public required string Rejections { get; set; }
    public string? CommittedBy { get; set; }
    public DateTime? CommittedAt { get; set; }
    public int DeletedCount { get; set; }
    public required string Warnings { get; set; }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatchEntity>
{
    public void Configure(EntityTypeBuilder<ImportBatchEntity> entity)
    {
        entity.ToTable("import_batch");
        entity.HasKey(e => e.Id).HasName("import_batch_pkey");
        foreach (var count in new[] { "RowCount", "NewCount", "UpdatedCount", "UnchangedCount", "RejectedCount", "DeletedCount" })
        {
            entity.Property<int>(count).HasDefaultValue(0);
        }

        entity.Property(e => e.Rejections).HasDefaultValue("[]");
        entity.Property(e => e.Warnings).HasDefaultValue("[]");
        entity.HasIndex(e => e.UploadedAt).HasDatabaseName("ix_import_batch_uploaded_at");
    }
}
