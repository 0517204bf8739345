using HealthDashboard.Domain.Wall;

namespace HealthDashboard.Web.Tests.Wall;

public sealed class WallPlaylistValidatorTests
{
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase) { "AG", "AG_LXU" };
    private static readonly HashSet<string> Indicators = new(StringComparer.OrdinalIgnoreCase) { "HI_COV", "IMR" };

    private static IReadOnlyList<WallPlaylistProblem> Check(WallPlaylist playlist) =>
        WallPlaylistValidator.Validate(playlist, Units.Contains, Indicators.Contains);

    [Fact]
    public void AGoodPlaylistHasNoProblem()
    {
        Assert.Empty(Check(new WallPlaylist("giao-ban-2", "Giao ban", 20,
        [
            new WallSlide(WallSlideKind.Kpi, "ag"),
            new WallSlide(WallSlideKind.Map, "AG", "HI_COV", "district"),
            new WallSlide(WallSlideKind.Trend, "AG_LXU", "imr", Seconds: 5),
            new WallSlide(WallSlideKind.Ranking, "AG", "IMR", Seconds: 3600),
        ])));
    }

    [Fact]
    public void ASlideWithoutAUnitIsAskedForOneNotForAnEmptyCode()
    {
        var problem = Assert.Single(Check(new WallPlaylist("giao-ban-2", "Giao ban", 20, [new WallSlide(WallSlideKind.Kpi, " ")])));

        Assert.Equal((0, "unit"), (problem.Slide, problem.Field));
        Assert.StartsWith("Chưa chọn đơn vị", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsReportedAtOnceWithItsSlideAndField()
    {
        var problems = Check(new WallPlaylist("Bad Code!", " ", 4,
        [
            new WallSlide(WallSlideKind.Map, "NOPE", "HI_COV", "village"),
            new WallSlide(WallSlideKind.Trend, "AG", null, Seconds: 3601),
            new WallSlide(WallSlideKind.Ranking, "AG", "<script>"),
        ]));

        Assert.Equal(
            [(null, "code"), (null, "name"), (null, "seconds"), (0, "unit"), (0, "level"), (1, "indicator"), (1, "seconds"), (2, "indicator")],
            problems.Select(p => (p.Slide, p.Field)));
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message) || string.IsNullOrWhiteSpace(p.MessageEn)));
    }

    [Fact]
    public void APlaylistNeedsAtLeastOneSlide()
    {
        Assert.Equal("slides", Assert.Single(Check(new WallPlaylist("empty", "Empty", 20, []))).Field);
    }
}
