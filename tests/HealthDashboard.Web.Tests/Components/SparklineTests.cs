using Bunit;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Overview;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>A tile's sparkline: an SVG from the server, one dot a year, the last in the status colour.</summary>
public sealed class SparklineTests
{
    private static readonly Indicator Coverage = new() { Code = "HI_COV", NameVi = "Bảo hiểm y tế", NameEn = "Health insurance", Unit = "%", Direction = Direction.Up };

    private static IndicatorTile Tile(IReadOnlyList<YearValue> series, Period? throughMonth = null, TargetStatus status = TargetStatus.OnTrack) => new(
        Coverage, new IndicatorResult(series.Count > 0 ? series[^1].Value : null, null, null, false), 2026, throughMonth,
        new Target { PlanCode = "PLAN", OrgUnitLabel = "An Giang", IndicatorCode = "HI_COV", Year = 2030, Comparator = Comparator.AtLeast, Value = 95 },
        series, new StatusAssessment(status, null, null));

    [Fact]
    public async Task EveryYearIsADotOnOneLineAndTheLastTakesTheStatusColour()
    {
        await using var context = ComponentContext.Create();

        var spark = context.Render<Sparkline>(p => p.Add(s => s.Tile, Tile([new(2022, 80), new(2023, 85), new(2024, 90), new(2025, 92)])));

        var svg = spark.Find("svg[data-testid='sparkline']");
        Assert.Equal("4", svg.GetAttribute("data-points"));
        Assert.Equal(3, spark.FindAll("path.hd-spark-dot").Count);
        Assert.Single(spark.FindAll("path.hd-spark-last.hd-spark-on-track"));
        Assert.Equal(4, spark.Find("path.hd-spark-line").GetAttribute("d")!.Split('L').Length);
        // The target (95) is above every value: its line is the top of the box, the highest value below it.
        var targetY = double.Parse(spark.Find("line.hd-spark-target").GetAttribute("y1")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(6, targetY);
        Assert.Empty(spark.FindAll("[data-testid='spark-year-to-date']"));
    }

    [Fact]
    public async Task AYearToDateEndsInARingAndOneYearAloneDrawsNoLine()
    {
        await using var context = ComponentContext.Create();

        var toDate = context.Render<Sparkline>(p => p.Add(s => s.Tile, Tile([new(2025, 90), new(2026, 70)], Period.Month(2026, 10))));
        var single = context.Render<Sparkline>(p => p.Add(s => s.Tile, Tile([new(2026, 70)])));

        Assert.Single(toDate.FindAll("[data-testid='spark-year-to-date']"));
        Assert.Empty(single.FindAll("svg"));
        Assert.Single(single.FindAll(".hd-spark-empty"));
    }

    [Fact]
    public void AFlatSeriesSitsInTheMiddleOfTheBox()
    {
        var geometry = SparklineGeometry.Of([new(2024, 50), new(2025, 50)], null);

        Assert.All(geometry.Points, p => Assert.Equal(SparklineGeometry.Height / 2, p.Y));
        Assert.Equal([6.0, SparklineGeometry.Width - 6], geometry.Points.Select(p => p.X));
    }
}
