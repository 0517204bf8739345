namespace HealthDashboard.Web.Tests.Aggregation;

/// <summary>Progress that throws once the work has got this far: a crash injected midway through a recompute.</summary>
internal sealed class FailingProgress(double failAt) : IProgress<double>
{
    public double Reached { get; private set; }

    public void Report(double value)
    {
        Reached = Math.Max(Reached, value);
        if (value >= failAt)
        {
            throw new InjectedFailureException($"injected failure at {value:P0}");
        }
    }
}
