namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// The map's colours. Statuses use Okabe–Ito hues (distinct with the common colour-vision deficiencies, and the same
/// as the status chips, trend and ranking charts and wall tiles); quantiles a single-hue light-to-dark ramp (ColorBrewer BuPu),
/// read by lightness alone. No data is a pale grey that the map also hatches, so it never passes for a low value.
/// </summary>
public static class MapPalette
{
    public const string Achieved = "#0072B2";
    public const string OnTrack = "#009E73";
    public const string AtRisk = "#E69F00";
    public const string OffTrack = "#D55E00";
    public const string NotAchieved = "#9C3500";
    public const string NotEnoughData = "#B8C0CC";
    public const string NoTarget = "#CC79A7";
    public const string NoData = "#E6E8EB";

    private static readonly string[] QuantileRamp = ["#E0ECF4", "#9EBCDA", "#8C6BB1", "#6E016B"];

    /// <summary>The colour of class <paramref name="index"/> of <paramref name="classes"/>, spread over the whole ramp.</summary>
    public static string Quantile(int index, int classes)
    {
        if (classes <= 1)
        {
            return QuantileRamp[2];
        }

        var last = QuantileRamp.Length - 1;
        return QuantileRamp[(int)Math.Round((double)index * last / (classes - 1), MidpointRounding.AwayFromZero)];
    }
}
