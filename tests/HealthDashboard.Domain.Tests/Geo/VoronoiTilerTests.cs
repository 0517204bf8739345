using HealthDashboard.Domain.Geo;

namespace HealthDashboard.Domain.Tests.Geo;

public class VoronoiTilerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(60)]
    public void CellAreasSumToThePolygonArea(int siteCount)
    {
        var region = GeoShapes.Hexagon();
        var cells = VoronoiTiler.Tile(region, GeoShapes.SitesInside(region, siteCount, seed: siteCount));

        Assert.Equal(siteCount, cells.Count);
        var relativeError = Math.Abs(cells.Sum(c => c.Area) - region.Area) / region.Area;
        Assert.True(relativeError < 1e-9, $"cells cover {relativeError:E2} more or less than the polygon");
    }

    [Fact]
    public void EverySiteLiesInItsOwnCellAndNoOther()
    {
        var region = GeoShapes.Hexagon();
        var sites = GeoShapes.SitesInside(region, 25, seed: 3);

        var cells = VoronoiTiler.Tile(region, sites);

        for (var i = 0; i < sites.Count; i++)
        {
            Assert.True(cells[i].DistanceInside(sites[i]) > 0, $"site {i} is not inside its cell");
            Assert.Single(cells, c => c.DistanceInside(sites[i]) > 1e-12);
        }
    }

    [Fact]
    public void EveryCellLiesInsideThePolygonAndIsCounterClockwise()
    {
        var region = GeoShapes.Hexagon();

        var cells = VoronoiTiler.Tile(region, GeoShapes.SitesInside(region, 30, seed: 5));

        Assert.All(cells, cell => Assert.True(GeoShapes.WorstOverhang(cell, region) <= 1e-9));
        Assert.All(cells, cell => Assert.True(cell.Area > 0));
    }

    [Fact]
    public void ASiteOutsideThePolygonIsRejected()
    {
        var region = GeoShapes.Hexagon();

        Assert.Throws<ArgumentException>(() => VoronoiTiler.Tile(region, [new(105.3, 10.5), new(107, 12)]));
    }

    [Fact]
    public void TwoEqualSitesAreRejected()
    {
        var region = GeoShapes.Hexagon();

        Assert.Throws<ArgumentException>(() => VoronoiTiler.Tile(region, [new(105.3, 10.5), new(105.3, 10.5)]));
    }
}
