using HealthDashboard.Domain.Wall;

namespace HealthDashboard.Data.Wall;

/// <summary>The playlist the sample comes with, so that /wall/giao-ban shows something on a fresh install.</summary>
public static class SamplePlaylist
{
    public const string Code = "giao-ban";

    public static WallPlaylist Create() => new(Code, "Giao ban Sở Y tế An Giang", 20,
    [
        new WallSlide(WallSlideKind.Kpi, "AG"),
        new WallSlide(WallSlideKind.Map, "AG", "HI_COV", "commune"),
        new WallSlide(WallSlideKind.Trend, "AG", "IMR"),
        new WallSlide(WallSlideKind.Ranking, "AG", "EPI_FULL"),
        new WallSlide(WallSlideKind.Completeness, "AG"),
    ]);
}
