namespace HealthDashboard.Data.Sample;

/// <summary>
/// Deterministic random draws for the sample data. Seeds mix in a stable hash of a code (string.GetHashCode is
/// randomised per process), so the same seed gives the same data on every machine and run.
/// </summary>
public sealed class SampleRandom(int seed)
{
    private readonly Random _random = new(seed);

    public static SampleRandom For(int seed, string key) => new(unchecked(seed * 31 + StableHash(key)));

    public static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    public double Uniform(double min, double max) => min + _random.NextDouble() * (max - min);

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double Normal(double mean, double sd)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A Poisson count: Knuth's method for small means, a rounded normal for large ones.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 40)
        {
            return Math.Max(0, (int)Math.Round(Normal(mean, Math.Sqrt(mean))));
        }

        var limit = Math.Exp(-mean);
        var product = _random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            product *= _random.NextDouble();
            count++;
        }

        return count;
    }

    /// <summary>How many of n trials succeed with probability p (normal approximation past 60 trials).</summary>
    public int Binomial(int n, double p)
    {
        p = Math.Clamp(p, 0, 1);
        if (n > 60)
        {
            return Math.Clamp((int)Math.Round(Normal(n * p, Math.Sqrt(n * p * (1 - p)))), 0, n);
        }

        var hits = 0;
        for (var i = 0; i < n; i++)
        {
            hits += _random.NextDouble() < p ? 1 : 0;
        }

        return hits;
    }
}
