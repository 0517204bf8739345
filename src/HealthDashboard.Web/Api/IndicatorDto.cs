using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Web.Api;

/// <summary>An indicator as <c>GET /api/indicators</c> lists it, with its formula as the catalog writes it.</summary>
public sealed record IndicatorDto(
    string Code,
    string NameVi,
    string NameEn,
    string Kind,
    string Unit,
    string Direction,
    int Decimals,
    string Numerator,
    string Denominator,
    double Factor)
{
    public static IndicatorDto From(Indicator indicator) => new(
        indicator.Code,
        indicator.NameVi,
        indicator.NameEn,
        indicator.Kind.ToString().ToLowerInvariant(),
        indicator.Unit,
        indicator.Direction.ToString().ToLowerInvariant(),
        indicator.Decimals,
        TermExpression.Print(indicator.Numerator),
        TermExpression.Print(indicator.Denominator),
        indicator.Factor);
}
