using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Text;

namespace HealthDashboard.Domain.Tests.Catalog;

public class CatalogLoaderTests
{
    private static readonly IndicatorCatalog Catalog = CatalogLoader.LoadEmbedded();

    [Fact]
    public void EveryIndicatorOfTheSpecIsInTheCatalog()
    {
        var specCodes = SpecFiles.IndicatorCodes();

        Assert.NotEmpty(specCodes);
        Assert.Empty(specCodes.Except(Catalog.Indicators.Select(i => i.Code)));
    }

    [Fact]
    public void EveryTargetRowOfTheSpecIsLoadedWithItsValues()
    {
        using var reader = new StringReader(SpecFiles.Targets());
        var table = CsvTable.Read(reader);

        Assert.Equal(table.Rows.Count, Catalog.Targets.Count);
        foreach (var (row, target) in table.Rows.Zip(Catalog.Targets))
        {
            Assert.Equal(table.Require(row, "plan"), target.PlanCode);
            Assert.Equal(table.Require(row, "org_unit"), target.OrgUnitLabel);
            Assert.Equal(table.Require(row, "indicator"), target.IndicatorCode);
            Assert.Equal(int.Parse(table.Require(row, "year"), System.Globalization.CultureInfo.InvariantCulture), target.Year);
            Assert.Equal(table.Require(row, "op"), ComparatorSymbols.ToSymbol(target.Comparator));
            Assert.Equal(double.Parse(table.Require(row, "value"), System.Globalization.CultureInfo.InvariantCulture), target.Value);
        }
    }

    [Fact]
    public void TargetsAttachToTheirPlansAreaAndDirective25StaysUnattached()
    {
        Assert.All(Catalog.Targets.Where(t => t.PlanCode == "AG-NQ20"), t => Assert.Equal("AG", t.OrgUnitCode));
        Assert.All(Catalog.Targets.Where(t => t.PlanCode == "PT-2024"), t => Assert.Equal("LC_PTH", t.OrgUnitCode));
        Assert.All(Catalog.Targets.Where(t => t.PlanCode == "D25-2030"), t => Assert.Null(t.OrgUnitCode));
    }

    [Fact]
    public void EveryIndicatorTermNamesAKnownDataElement()
    {
        var elements = Catalog.Elements.Select(e => e.Code).ToHashSet();

        Assert.All(Catalog.Indicators.SelectMany(i => i.ElementCodes), code => Assert.Contains(code, elements));
    }

    [Fact]
    public void RatiosHaveADenominatorAndStatsDoNot()
    {
        Assert.All(Catalog.Indicators.Where(i => i.Kind == IndicatorKind.Ratio), i => Assert.NotEmpty(i.Denominator));
        Assert.All(Catalog.Indicators.Where(i => i.Kind != IndicatorKind.Ratio), i => Assert.Empty(i.Denominator));
    }

    [Fact]
    public void NaturalGrowthSubtractsDeathsFromBirths()
    {
        var growth = Catalog.Indicator("NAT_GROWTH")!;

        Assert.Equal([new Term("LIVE_BIRTHS", 1), new Term("DEATHS", -1)], growth.Numerator);
        Assert.Equal("LIVE_BIRTHS - DEATHS", TermExpression.Print(growth.Numerator));
    }
}
