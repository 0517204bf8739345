using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Features.Wall;

namespace HealthDashboard.Web.Tests.Wall;

public sealed class WallFramesTests
{
    [Fact]
    public void AKpiGridLongerThanOneScreenBecomesOnePagePerEightTilesEachForTheWholeSlideTime()
    {
        var playlist = new WallPlaylist("p", "P", 20,
        [
            new WallSlide(WallSlideKind.Kpi, "AG"),
            new WallSlide(WallSlideKind.Map, "AG", "HI_COV", "commune", Seconds: 45),
            new WallSlide(WallSlideKind.Kpi, "KT"),
        ]);

        var frames = WallFrames.Build(playlist, unit => unit == "AG" ? 21 : 0);

        // 21 tiles: 8 + 8 + 5; a unit without targets still gets its one frame (it says so on the wall).
        Assert.Equal([(0, 1, 3), (0, 2, 3), (0, 3, 3), (1, 1, 1), (2, 1, 1)], frames.Select(f => (f.SlideIndex, f.Page, f.Pages)));
        Assert.Equal([20, 20, 20, 45, 20], frames.Select(f => (int)f.Duration.TotalSeconds));
    }

    [Fact]
    public void ExactlyEightTilesIsOnePage()
    {
        var playlist = new WallPlaylist("p", "P", 10, [new WallSlide(WallSlideKind.Kpi, "AG")]);

        Assert.Single(WallFrames.Build(playlist, _ => 8));
        Assert.Equal(2, WallFrames.Build(playlist, _ => 9).Count);
    }
}
