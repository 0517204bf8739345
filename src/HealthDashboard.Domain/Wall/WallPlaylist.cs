namespace HealthDashboard.Domain.Wall;

/// <summary>A wall's rotation: its slides in order and how long each stays up. The code is the URL: /wall/{code}.</summary>
public sealed record WallPlaylist(string Code, string Name, int SecondsPerSlide, IReadOnlyList<WallSlide> Slides)
{
    public const int MinSeconds = 5;
    public const int MaxSeconds = 3600;
    public const int MaxSlides = 50;

    public TimeSpan DurationOf(int slideIndex) => TimeSpan.FromSeconds(Slides[slideIndex].Seconds ?? SecondsPerSlide);
}
