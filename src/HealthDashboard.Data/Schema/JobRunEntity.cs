using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>One run of a background job, for the jobs page's history and live progress.</summary>
public sealed class JobRunEntity
{
    public long Id { get; set; }
    public required string JobKey { get; set; }
    public required string FireId { get; set; }
    public bool Manual { get; set; }
    public string? RequestedBy { get; set; }
    public required string Node { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public required string Outcome { get; set; }
    public long? RowCount { get; set; }
    public string? Error { get; set; }
    public double Progress { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRunEntity>
{
    public void Configure(EntityTypeBuilder<JobRunEntity> entity)
    {
        entity.ToTable("job_run");
        entity.HasKey(e => e.Id).HasName("job_run_pkey");
        entity.HasAlternateKey(e => e.FireId).HasName("job_run_fire_id_key");
        entity.Property(e => e.Manual).HasDefaultValue(false);
        // Written as the hand-written schema had it (EF Core would write 0.0).
        entity.Property(e => e.Progress).HasDefaultValueSql("0");
        entity.HasIndex(e => new { e.JobKey, e.StartedAt }).HasDatabaseName("ix_job_run_job_started");
        entity.HasIndex(e => e.Outcome).HasDatabaseName("ix_job_run_outcome");
    }
}
