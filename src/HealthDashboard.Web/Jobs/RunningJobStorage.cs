using Hangfire;
using Hangfire.Storage;

namespace HealthDashboard.Web.Jobs;

/// <summary>
/// The dashboard's view of this app's Hangfire storage, which exists only once the database is ready and the server
/// has started (<see cref="JobsHost"/>), after the dashboard is mapped: every call goes to the started runtime's storage.
/// </summary>
public sealed class RunningJobStorage(JobsHost host) : JobStorage
{
    private JobStorage Storage => host.WhenStarted is { IsCompletedSuccessfully: true } started
        ? started.Result.Storage
        : throw new InvalidOperationException("The job server has not started on this node.");

    public override IMonitoringApi GetMonitoringApi() => Storage.GetMonitoringApi();

    public override IStorageConnection GetConnection() => Storage.GetConnection();

    public override IStorageConnection GetReadOnlyConnection() => Storage.GetReadOnlyConnection();

    public override bool HasFeature(string featureId) => Storage.HasFeature(featureId);

    public override bool LinearizableReads => Storage.LinearizableReads;

    public override string ToString() => host.WhenStarted.IsCompletedSuccessfully ? Storage.ToString() ?? nameof(RunningJobStorage) : nameof(RunningJobStorage);
}
