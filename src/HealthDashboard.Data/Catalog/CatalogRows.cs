namespace HealthDashboard.Data.Catalog;

/// <summary>Row shapes of the catalog tables, for Dapper; the enums are stored by their names.</summary>
internal static class CatalogRows
{
    public sealed class ElementRow
    {
        public long Id { get; set; }
        public string Code { get; set; } = "";
        public string NameVi { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string ValueType { get; set; } = "";
        public string Aggregation { get; set; } = "";
        public string PeriodType { get; set; } = "";
        public string ReportedAt { get; set; } = "";
        public double? MinValue { get; set; }
        public double? MaxValue { get; set; }
    }

    public sealed class IndicatorRow
    {
        public long Id { get; set; }
        public string Code { get; set; } = "";
        public string NameVi { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Numerator { get; set; } = "";
        public string Denominator { get; set; } = "";
        public double Factor { get; set; }
        public string Unit { get; set; } = "";
        public string Direction { get; set; } = "";
        public int Decimals { get; set; }
        public bool Annualised { get; set; }
        public double? MinDenominator { get; set; }
    }

    public sealed class PlanRow
    {
        public long Id { get; set; }
        public string Code { get; set; } = "";
        public string NameVi { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string? OrgUnitCode { get; set; }
        public string? SeedFile { get; set; }
    }

    public sealed class TargetRow
    {
        public long Id { get; set; }
        public string PlanCode { get; set; } = "";
        public string? OrgUnitCode { get; set; }
        public string OrgUnitLabel { get; set; } = "";
        public string IndicatorCode { get; set; } = "";
        public int Year { get; set; }
        public string Comparator { get; set; } = "";
        public double Value { get; set; }
        public string? Note { get; set; }
    }
}
