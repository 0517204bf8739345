namespace HealthDashboard.Web.Features.Charts;

/// <summary>
/// Colours and sizes of the trend and ranking charts: a light desk look and the walls' dark, high-contrast one.
/// Hues are Okabe–Ito, distinguishable with the common colour-vision deficiencies.
/// </summary>
public sealed record ChartTheme(
    bool Wall,
    string Paper,
    string Ink,
    string Grid,
    string Unit,
    string Peer,
    string Parent,
    string Path,
    double Scale)
{
    public const string FontFamily = "Roboto, 'Noto Sans', sans-serif";

    public static ChartTheme Desk { get; } = new(false, "#FFFFFF", "#1F2933", "#E4E7EB", "#0072B2", "#B8C0C8", "#1F2933", "#CC79A7", 1);

    /// <summary>
    /// A wall's theme at <paramref name="scale"/> times its 1920×1080 sizes: a 4K wall (scale 2) gets twice the text,
    /// lines and margins, so the chart reads from the same distance.
    /// </summary>
    public static ChartTheme ForWall(double scale = 1) =>
        new(true, "#000000", "#FFFFFF", "#444444", "#56B4E9", "#777777", "#F0E442", "#CC79A7", scale);

    public static ChartTheme For(bool wall, double scale = 1) => wall ? ForWall(scale) : Desk;

    /// <summary>Text size: 14 px on a desk, 28 px on a 1920 wall, scaled up on bigger walls.</summary>
    public decimal FontSize => Wall ? Px(28) : 14;

    /// <summary>A length in 1920-wide pixels, scaled to this theme's screen.</summary>
    public decimal Px(double pixels) => Math.Round((decimal)(pixels * Scale), 1);

    /// <summary>One size for the desk, another for a 1920 wall (scaled with the screen).</summary>
    public decimal Pick(double desk, double wall) => Wall ? Px(wall) : (decimal)desk;
}
