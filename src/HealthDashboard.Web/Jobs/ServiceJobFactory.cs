using Quartz;
using Quartz.Spi;

namespace HealthDashboard.Web.Jobs;

/// <summary>Builds each job from the app's services, in a scope of its own that ends with the run.</summary>
public sealed class ServiceJobFactory(IServiceProvider services) : IJobFactory
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IJob, IServiceScope> _scopes = [];

    public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler)
    {
        var scope = services.CreateScope();
        var job = (IJob)ActivatorUtilities.CreateInstance(scope.ServiceProvider, bundle.JobDetail.JobType);
        _scopes.AddOrUpdate(job, scope);
        return job;
    }

    public void ReturnJob(IJob job)
    {
        if (_scopes.TryGetValue(job, out var scope))
        {
            _scopes.Remove(job);
            scope.Dispose();
        }
    }
}
