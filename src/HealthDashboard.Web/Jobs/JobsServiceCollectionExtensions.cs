using HealthDashboard.Data.Jobs;
using HealthDashboard.Data.Reporting;
using HealthDashboard.Web.Features.Admin.Jobs;
using HealthDashboard.Web.Features.Completeness;
using HealthDashboard.Web.Realtime.Postgres;
using HealthDashboard.Web.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthDashboard.Web.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>This node's Hangfire and the app's jobs (recompute, completeness, data quality), and the admin page's services.</summary>
    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReportingClock>();
        // Stores built on first use, from the app's database (see DataStores for why not at start).
        services.AddSingleton(sp => new JobRunStore(sp.GetRequiredService<DataStores>().Database));
        services.AddSingleton(sp => new JobPauseStore(sp.GetRequiredService<DataStores>().Database));
        services.AddSingleton(sp => new CarriedQuartzSchedules(sp.GetRequiredService<DataStores>().Database));
        services.AddSingleton(sp => new JobRunLocks(sp.GetRequiredService<DataStores>().Database));
        services.AddSingleton(sp => new ReportDueStore(sp.GetRequiredService<DataStores>().Database));
        services.AddSingleton(sp => new DataQualityStore(sp.GetRequiredService<DataStores>().Database));
        services.AddSingleton(sp => new DataQualityFollowUpStore(sp.GetRequiredService<DataStores>().Database));
        // The node id the realtime relay uses too: one name per process, in the job history and as Hangfire's server name.
        services.TryAddSingleton<NodeIdentity>();
        services.AddSingleton<JobsHost>();
        services.AddSingleton<JobActivity>();
        services.AddSingleton<JobsBootstrap>();
        services.AddSingleton<JobScheduler>();
        services.AddSingleton<ReportDueUpkeep>();
        services.AddSingleton<JobsText>();
        services.AddHostedService(sp => sp.GetRequiredService<JobsHost>());
        return services;
    }
}
