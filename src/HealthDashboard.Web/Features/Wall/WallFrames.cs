using HealthDashboard.Domain.Wall;

namespace HealthDashboard.Web.Features.Wall;

/// <summary>
/// Turns a playlist into the frames the wall steps through. A KPI grid shows at most <see cref="TilesPerPage"/> tiles,
/// the most that stay legible from across a room at 1920×1080; a unit with more targets gets one frame per page, each
/// for the slide's full duration, so nothing is shown smaller to make it fit.
/// </summary>
public static class WallFrames
{
    public const int TilesPerPage = 8;

    /// <param name="kpiTiles">How many tiles the KPI grid of a unit has (its indicators with a target).</param>
    public static IReadOnlyList<WallFrame> Build(WallPlaylist playlist, Func<string, int> kpiTiles)
    {
        var frames = new List<WallFrame>();
        for (var i = 0; i < playlist.Slides.Count; i++)
        {
            var slide = playlist.Slides[i];
            var pages = slide.Kind == WallSlideKind.Kpi ? Math.Max(1, (kpiTiles(slide.Unit) + TilesPerPage - 1) / TilesPerPage) : 1;
            for (var page = 1; page <= pages; page++)
            {
                frames.Add(new WallFrame(i, slide, page, pages, playlist.DurationOf(i)));
            }
        }

        return frames;
    }
}
