namespace HealthDashboard.Data.Jobs;

/// <summary>The checks the data-quality job runs; their codes are what data_quality_finding.check_code holds.</summary>
public static class DataQualityCheck
{
    /// <summary>A value below zero: no count, population or budget can be.</summary>
    public const string Negative = "negative";

    /// <summary>A percentage's numerator above its denominator for the same unit and period.</summary>
    public const string NumeratorAboveDenominator = "numerator_above_denominator";

    /// <summary>A monthly value more than three standard deviations from the unit's own mean for that element (six months or more).</summary>
    public const string Outlier = "outlier";

    public static readonly IReadOnlyList<string> All = [Negative, NumeratorAboveDenominator, Outlier];
}
