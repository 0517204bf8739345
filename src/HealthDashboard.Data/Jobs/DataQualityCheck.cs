namespace HealthDashboard.Data.Jobs;

/// <summary>The checks the data-quality job runs; their codes are what data_quality_finding.check_code holds.</summary>
public static class DataQualityCheck
{
    /// <summary>A part above its whole in the same unit and period: one of the form's pair rules (rule_code = its code).</summary>
    public const string PairRule = "pair_rule";

    /// <summary>
    /// A percentage's numerator above its denominator where no pair rule already says so (rule_code = the indicator):
    /// the catalog knows more part-of-whole pairs than the form's rules name.
    /// </summary>
    public const string Ratio = "ratio";

    /// <summary>A value below zero: no count, population or budget can be.</summary>
    public const string Negative = "negative";

    /// <summary>A monthly value whose robust z-score against the unit's own series of that element is beyond 3.5.</summary>
    public const string Outlier = "outlier";

    public static readonly IReadOnlyList<string> All = [PairRule, Ratio, Negative, Outlier];
}
