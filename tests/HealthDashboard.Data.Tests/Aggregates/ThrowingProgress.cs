namespace HealthDashboard.Data.Tests.Aggregates;

/// <summary>
/// An injected failure: reports progress synchronously and throws at the first report below <paramref name="below"/>
/// (the full recompute reports 0…0.8 while it reads, 0.9 once built, 1 once persisted).
/// </summary>
internal sealed class ThrowingProgress(double below) : IProgress<double>
{
    public List<double> Reports { get; } = [];

    public void Report(double value)
    {
        lock (Reports)
        {
            Reports.Add(value);
        }

        if (value < below)
        {
            throw new InjectedFailureException($"injected failure at progress {value:0.000}");
        }
    }
}
