namespace HealthDashboard.Domain.Catalog;

/// <summary>The whole catalog: data elements, indicators, plans and their targets, as shipped with the project.</summary>
public sealed record IndicatorCatalog(
    IReadOnlyList<DataElement> Elements,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<Target> Targets)
{
    public DataElement? Element(string code) => Elements.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase));

    public Indicator? Indicator(string code) => Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
}
