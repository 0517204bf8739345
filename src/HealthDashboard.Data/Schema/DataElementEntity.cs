using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>What a report counts (visits, births, deaths, …), where it is reported and its plausible range.</summary>
public sealed class DataElementEntity
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public required string ValueType { get; set; }
    public required string Aggregation { get; set; }
    public required string PeriodType { get; set; }
    /// <summary>Where it is reported: 'station', 'dhc', 'station|dhc' or 'province'.</summary>
    public required string ReportedAt { get; set; }
    public double? MinValue { get; set; }
    public double? MaxValue { get; set; }
}

internal sealed class DataElementConfiguration : IEntityTypeConfiguration<DataElementEntity>
{
    public void Configure(EntityTypeBuilder<DataElementEntity> entity)
    {
        entity.ToTable("data_element");
        entity.HasKey(e => e.Id).HasName("data_element_pkey");
        entity.HasAlternateKey(e => e.Code).HasName("data_element_code_key");
    }
}
