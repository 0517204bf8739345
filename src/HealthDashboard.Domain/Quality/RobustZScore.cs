namespace HealthDashboard.Domain.Quality;

/// <summary>
/// How far a value lies from a unit's own history, in robust standard deviations: 0.6745 × (x − median) / MAD
/// (Iglewicz and Hoaglin's modified z-score). The median and the median absolute deviation are not dragged along by the
/// very outliers they are meant to find, as a mean and a standard deviation are.
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
        var mad = Median(history.Select(h => Math.Abs(h - median)).ToList());
        if (mad > 0)
        {
            return 0.6745 * (value - median) / mad;
        }

        // More than half the history is one value (a stock that rarely moves): fall back on the mean absolute
        // deviation, scaled to match a standard deviation (×1.2533), so a change from a flat line still scores.
        var meanDeviation = history.Average(h => Math.Abs(h - median));
        if (meanDeviation > 0)
        {
            return (value - median) / (1.2533 * meanDeviation);
        }

        // A perfectly flat history: any different value is as far out as can be.
        return value == median ? 0 : double.PositiveInfinity * Math.Sign(value - median);
    }

    /// <summary>
    /// The score of every value of a whole series against that series (median and deviations computed once), for
    /// checking stored history rather than one new value; null for each when the series is shorter than
    /// <see cref="MinHistory"/>. The same formula as <see cref="Of"/>.
    /// </summary>
    public static double?[] OfSeries(IReadOnlyList<double> series)
    {
        var scores = new double?[series.Count];
        if (series.Count < MinHistory)
        {
            return scores;
        }

        var median = Median(series);
        var mad = Median(series.Select(h => Math.Abs(h - median)).ToList());
        var meanDeviation = series.Average(h => Math.Abs(h - median));
        for (var i = 0; i < series.Count; i++)
        {
            var value = series[i];
            scores[i] = mad > 0 ? 0.6745 * (value - median) / mad
                : meanDeviation > 0 ? (value - median) / (1.2533 * meanDeviation)
                : value == median ? 0 : double.PositiveInfinity * Math.Sign(value - median);
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
}
