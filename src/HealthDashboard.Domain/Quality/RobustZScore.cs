namespace HealthDashboard.Domain.Quality;

/// <summary>
/// How far a value lies from a unit's own history, in robust standard deviations: (x − median) / spread, the spread
/// being MAD / 0.6745 (Iglewicz and Hoaglin's modified z-score). The median and the median absolute deviation are not
/// dragged along by the very outliers they are meant to find, as a mean and a standard deviation are.
/// </summary>
public static class RobustZScore
{
    /// <summary>Beyond this the value is an outlier: the threshold Iglewicz and Hoaglin recommend.</summary>
    public const double OutlierThreshold = 3.5;

    /// <summary>Fewer earlier values than this and there is no history to judge by.</summary>
    public const int MinHistory = 6;

    /// <summary>The score of <paramref name="value"/>, or null when the history is too short to judge.</summary>
    public static double? Of(double value, IReadOnlyCollection<double> history)
    {
        if (history.Count < MinHistory)
        {
            return null;
        }

        var median = Median(history);
        return (value - median) / Spread(history, median);
    }

    /// <summary>
    /// The score of every value of a whole series against that series (median and spread computed once), for checking
    /// stored history rather than one new value; null for each when the series is shorter than <see cref="MinHistory"/>.
    /// </summary>
    public static double?[] OfSeries(IReadOnlyList<double> series)
    {
        var scores = new double?[series.Count];
        if (series.Count < MinHistory)
        {
            return scores;
        }

        var median = Median(series);
        var spread = Spread(series, median);
        for (var i = 0; i < series.Count; i++)
        {
            scores[i] = (series[i] - median) / spread;
        }

        return scores;
    }

    public static bool IsOutlier(double value, IReadOnlyCollection<double> history) =>
        Of(value, history) is { } z && Math.Abs(z) > OutlierThreshold;

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// The history's spread, never below the chance variation of a count. The catalog's values are counts, and a count
    /// of rare events (a station's deaths, median 0, MAD 0) varies by about √mean from month to month by chance alone
    /// (Poisson): without that floor, two deaths after a run of none scored z ≈ 9 and the sample's data-quality list
    /// filled with thousands of such "outliers". When more than half the history is one value, the mean absolute
    /// deviation (×1.2533, to match a standard deviation) stands in for the MAD.
    /// </summary>
    private static double Spread(IReadOnlyCollection<double> history, double median)
    {
        var mad = Median(history.Select(h => Math.Abs(h - median)).ToList());
        var robust = mad > 0 ? mad / 0.6745 : 1.2533 * history.Average(h => Math.Abs(h - median));
        return Math.Max(robust, Math.Sqrt(Math.Max(Math.Abs(median), 1)));
    }
}
