using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Features;

[Collection(SeededAppCollection.Name)]
public sealed class OverviewServiceTests(SeededAppFixture app)
{
    [Fact]
    public async Task EveryTileEqualsTheCalculatorRunOverTheWholeSubtree()
    {
        // A district keeps the plain whole-list computation quick; the app buckets values by element and year first.
        var expected = await ExpectedFigures.ForAsync(app.Database, "AG_LXU");
        var province = await ExpectedFigures.ForAsync(app.Database, "AG");
        var overview = await app.Factory.Services.GetRequiredService<OverviewService>().LoadAsync("AG_LXU");

        Assert.NotNull(overview);
        Assert.Equal(expected.Catalog.Indicators.Count, overview.Tiles.Count);
        Assert.All(overview.Tiles, tile =>
        {
            // A statistic only the province has is the province's figure (tested below).
            var latest = (tile.FiguresOf is null ? expected : province).Latest(tile.Indicator.Code);
            Assert.Equal(latest?.Year, tile.Year);
            Assert.Equal(latest?.Result, latest is null ? null : tile.Latest);
        });
        // The engine's judgement of the latest year: none without a value, one for every tile with a value and a target.
        Assert.All(overview.Tiles.Where(t => t.Latest.Value is null), t => Assert.Equal(TargetStatus.NoData, t.PlanStatus.Status));
        Assert.All(overview.Tiles.Where(t => t.Latest.Value is not null && t.Target is not null), t => Assert.NotEqual(TargetStatus.NoData, t.PlanStatus.Status));
    }

    [Fact]
    public async Task BelowTheProvinceAProvinceOnlyStatisticIsTheProvincesFigureAndTakesNoWallSlot()
    {
        var province = await ExpectedFigures.ForAsync(app.Database, "AG");
        var overview = await app.Factory.Services.GetRequiredService<OverviewService>().LoadAsync("AG_LXU_04");

        // Life expectancy, healthy life years, out-of-pocket share, obesity and heights are counted for provinces only.
        var provincial = province.Catalog.Indicators
            .Where(i => i.ElementCodes.All(code => province.Catalog.Element(code)!.ReportedAt.Kinds is [Domain.OrgUnits.OrgUnitKind.Province]))
            .Select(i => i.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { "LE", "HLY" }, provincial);
        var tiles = overview!.Tiles.Where(t => provincial.Contains(t.Indicator.Code)).ToList();
        Assert.All(tiles, t =>
        {
            Assert.Equal("AG", t.FiguresOf?.Code);
            Assert.Equal(province.Latest(t.Indicator.Code)?.Result, t.Latest);
            Assert.False(t.OnWall);
        });
        // An indicator counted at communes is the commune's own; one counted only higher up (a district's budget
        // share) is that ancestor's, named as such.
        Assert.All(overview.Tiles.Except(tiles), t =>
        {
            var kinds = t.Indicator.ElementCodes.Select(code => province.Catalog.Element(code)!.ReportedAt).ToList();
            Assert.Equal(kinds.Any(k => k.Kinds.Any(kind => kind >= Domain.OrgUnits.OrgUnitKind.Commune)) ? null : "AG_LXU", t.FiguresOf?.Code);
        });
        // The province's own page shows its own figures.
        var own = await app.Factory.Services.GetRequiredService<OverviewService>().LoadAsync("AG");
        Assert.All(own!.Tiles, t => Assert.Null(t.FiguresOf));
    }

    [Fact]
    public async Task AYearNotAllDueIsMarkedYearToDateThroughItsLastDueMonth()
    {
        var calendar = ProvinceCalendar.Now;
        var overview = await app.Factory.Services.GetRequiredService<OverviewService>().LoadAsync("AG");
        var arriving = await app.Factory.Services.GetRequiredService<OverviewService>().LoadAsync("AG", OverviewFilter.None with { Arriving = true });

        // Insurance is reported monthly: the year of the last due month, through that month (in January, the whole
        // past year once December's reports are due).
        var coverage = Assert.Single(overview!.Tiles, t => t.Indicator.Code == "HI_COV");
        Assert.Equal(calendar.LastDueMonth.Year, coverage.Year);
        Assert.Equal(calendar.IsYearDue(calendar.LastDueMonth.Year) ? null : calendar.LastDueMonth, coverage.ThroughMonth);
        Assert.Null(coverage.DueBy);
        // With the months still being reported: through the last month over, which the sample has.
        var lastOver = calendar.CurrentMonth.Previous();
        var withArriving = Assert.Single(arriving!.Tiles, t => t.Indicator.Code == "HI_COV");
        Assert.Equal(lastOver.Year, withArriving.Year);
        Assert.Equal(calendar.IsYearDue(lastOver.Year) ? null : lastOver, withArriving.ThroughMonth);
        // A yearly survey's figure is its year's, named without months.
        Assert.All(overview.Tiles.Where(t => t.Indicator.Code is "STUNT_U5" or "COMMUNE_NATL_CRIT"), t => Assert.Null(t.ThroughMonth));
    }

    [Fact]
    public async Task AnUnknownUnitHasNoOverview()
    {
        Assert.Null(await app.Factory.Services.GetRequiredService<OverviewService>().LoadAsync("NOPE"));
    }

    [Fact]
    public async Task AnGiangsTargetsApplyToItsCommunes()
    {
        var overview = await app.Factory.Services.GetRequiredService<OverviewService>().LoadAsync("AG_LXU_01");

        var coverage = Assert.Single(overview!.Tiles, t => t.Indicator.Code == "HI_COV");
        Assert.Equal("AG-NQ20", coverage.Target?.PlanCode);
        Assert.True(coverage.Target!.Year >= ExpectedFigures.CurrentYear);
        Assert.Equal(["VN", "AG", "AG_LXU"], overview.Ancestors.Select(u => u.Code));
    }
}
