using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthDashboard.Data.Schema;

/// <summary>An indicator of the catalog: numerator and denominator expressions over data elements, and how to show it.</summary>
public sealed class IndicatorEntity
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public required string Kind { get; set; }
    public required string Numerator { get; set; }
    public required string Denominator { get; set; }
    public double Factor { get; set; }
    public required string Unit { get; set; }
    public required string Direction { get; set; }
    public int Decimals { get; set; }
    public bool Annualised { get; set; }
    public double? MinDenominator { get; set; }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<IndicatorEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorEntity> entity)
    {
        entity.ToTable("indicator");
        entity.HasKey(e => e.Id).HasName("indicator_pkey");
        entity.HasAlternateKey(e => e.Code).HasName("indicator_code_key");
    }
}
