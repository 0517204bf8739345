using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Map;

namespace HealthDashboard.Web.Tests.Features.Map;

public sealed class MapFiguresTests
{
    private static readonly OrgUnit District = new() { Id = 3, Code = "AG_LXU", NameVi = "Long Xuyên", NameEn = "Long Xuyen", Kind = OrgUnitKind.District };

    private static readonly MapFigures Figures = new(
        new MapRequest(new Indicator { Code = "HI_COV", NameVi = "BHYT", NameEn = "HI" }, District, MapLevel.Commune, 2024, 2016, 2026),
        [
            new MapArea(new OrgUnit { Id = 4, Code = "AG_LXU_01", NameVi = "Xã 1", NameEn = "C1", Kind = OrgUnitKind.Commune }, IndicatorResult.NoData, StatusAssessment.NoData),
            new MapArea(new OrgUnit { Id = 5, Code = "AG_LXU_02", NameVi = "Xã 2", NameEn = "C2", Kind = OrgUnitKind.Commune }, IndicatorResult.NoData, StatusAssessment.NoData),
        ],
        new MapScheme(MapColouring.Status, [new MapLegendEntry("no_data", MapPalette.NoData, 2)], [0, 0]),
        1,
        DateTimeOffset.UnixEpoch);

    private static AggregateChange Change(string indicator, string unit) => new(indicator, unit, "2024", 1, 1, 1, "achieved", 2);

    [Theory]
    [InlineData("HI_COV", "AG_LXU_02", true)]
    [InlineData("hi_cov", "ag_lxu_01", true)]
    [InlineData("HI_COV", "AG_LXU", true)] // the unit itself: its own figures are not drawn, but a reload is cheap
    [InlineData("*", "*", true)] // a full recompute too large to list
    [InlineData("IMR", "AG_LXU_01", false)] // another indicator
    [InlineData("HI_COV", "AG_LXU_03", false)] // a commune of another map
    [InlineData("HI_COV", "AG_LXU_01_TYT", false)] // its station: the commune's own change comes in the same list
    public void AChangeReloadsTheMapOnlyForItsIndicatorAndItsAreas(string indicator, string unit, bool touches)
    {
        Assert.Equal(touches, Figures.IsTouchedBy(Change(indicator, unit)));
    }
}
