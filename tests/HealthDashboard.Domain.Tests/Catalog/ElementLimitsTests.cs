using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Domain.Tests.Catalog;

public class ElementLimitsTests
{
    private static readonly IndicatorCatalog Catalog = CatalogLoader.LoadEmbedded();

    [Fact]
    public void EveryElementHasAFiniteRangeThatFitsItsValueType()
    {
        Assert.All(Catalog.Elements, e =>
        {
            Assert.True(e.Range.Min >= 0 && e.Range.Max <= 1e9, $"{e.Code}: {e.Range}");
            Assert.True(e.ValueType != ElementValueType.Boolean || e.Range == new ValueRange(0, 1), $"{e.Code} is yes/no: {e.Range}");
        });
        // A percentage is a percentage; a station counts itself once.
        Assert.Equal(new ValueRange(0, 100), Element("STAT_OOP").Range);
        Assert.Equal(new ValueRange(0, 1), Element("STATIONS").Range);
    }

    [Fact]
    public void EveryElementIsReportedAtTheKindsOfUnitThatHoldItsData()
    {
        Assert.All(Catalog.Elements, e => Assert.NotEmpty(e.ReportedAt.Kinds));
        Assert.Equal([OrgUnitKind.HealthStation], Element("PC_VISITS").ReportedAt.Kinds);
        Assert.Equal([OrgUnitKind.DistrictHealthCentre], Element("BEDS").ReportedAt.Kinds);
        Assert.Equal([OrgUnitKind.Province], Element("STAT_LE").ReportedAt.Kinds);
        Assert.Equal([OrgUnitKind.HealthStation, OrgUnitKind.DistrictHealthCentre], Element("DOCTORS").ReportedAt.Kinds);
    }

    [Fact]
    public void TheStationReportAsksOnlyForElementsReportedAtAStation()
    {
        var fields = ReportLayout.Sections.SelectMany(s => s.ElementCodes).Concat(ReportLayout.CompletionElements);

        Assert.All(fields, code => Assert.True(Element(code).IsReportedAt(OrgUnitKind.HealthStation), code));
    }

    [Theory]
    [InlineData("station|dhc", new[] { OrgUnitKind.HealthStation, OrgUnitKind.DistrictHealthCentre })]
    [InlineData(" province | district ", new[] { OrgUnitKind.Province, OrgUnitKind.District })]
    public void KindsReadAndPrintAsTheirNames(string text, OrgUnitKind[] kinds)
    {
        Assert.Equal(kinds, OrgUnitKindSet.Parse(text).Kinds);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), OrgUnitKindSet.Of(kinds).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("facility")]
    public void UnknownOrMissingKindsAreRefused(string text)
    {
        Assert.Throws<FormatException>(() => OrgUnitKindSet.Parse(text));
    }

    private static DataElement Element(string code) => Catalog.Elements.Single(e => e.Code == code);
}
