using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Features.Admin.Audit;
using HealthDashboard.Web.Features.Admin.Jobs;
using HealthDashboard.Web.Features.Admin.Playlists;
using HealthDashboard.Web.Features.Admin.Users;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Jobs;
using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Features.Admin.Home;

/// <summary>
/// Reads the landing page's facts: counts of users, sessions, kiosks, keys and playlists, the last recompute and the
/// newest audit entry. Each is one small query; one that fails is left out (and logged) rather than failing the page.
/// </summary>
public sealed partial class AdminFactsReader(
    UserAdminService users, SecurityStores security, PlaylistService playlists, IServiceProvider services,
    AdminClock clock, JobsText jobs, ILogger<AdminFactsReader> logger)
{
    public async Task<AdminFacts> ReadAsync(CancellationToken cancellationToken = default) => new(
        await TryAsync("users", UsersAsync, cancellationToken),
        await TryAsync("kiosks", KiosksAsync, cancellationToken),
        await TryAsync("apikeys", ApiKeysAsync, cancellationToken),
        await TryAsync("playlists", async ct => AdminFactsText.Playlists((await playlists.ListAsync(ct)).Count), cancellationToken),
        await TryAsync("jobs", LastRecomputeAsync, cancellationToken),
        await TryAsync("audit", LatestAuditAsync, cancellationToken));

    private async Task<string> UsersAsync(CancellationToken cancellationToken)
    {
        var all = await users.ListAsync(cancellationToken);
        var sessions = await users.OpenSessionsAsync(cancellationToken);
        return AdminFactsText.Users(all.Count, all.Count(u => u.Disabled), sessions.Count);
    }

    private async Task<string> KiosksAsync(CancellationToken cancellationToken)
    {
        var all = await security.Kiosks.ListAsync(cancellationToken);
        return AdminFactsText.Kiosks(all.Count(k => k.IsValid(clock.UtcNow)), all.Count);
    }

    private async Task<string> ApiKeysAsync(CancellationToken cancellationToken)
    {
        var all = await security.ApiKeys.ListAsync(cancellationToken);
        return AdminFactsText.ApiKeys(all.Count(k => !k.IsRevoked), all.Count);
    }

    private async Task<string> LastRecomputeAsync(CancellationToken cancellationToken)
    {
        var job = DashboardJobs.Recompute;
        var last = (await services.GetRequiredService<JobRunStore>().RecentAsync(1, job.Key, cancellationToken)).FirstOrDefault();
        return last is null
            ? AdminFactsText.NeverRecomputed(job.Name(Bilingual.IsVietnamese))
            : AdminFactsText.LastRecompute(job.Name(Bilingual.IsVietnamese), jobs.OutcomeName(last.Outcome), clock.Format(last.StartedAt));
    }

    private async Task<string> LatestAuditAsync(CancellationToken cancellationToken)
    {
        var latest = (await security.Audit.SearchAsync(new AuditQuery { Limit = 1 }, cancellationToken)).FirstOrDefault();
        return latest is null ? AdminFactsText.NoAudit : AdminFactsText.LatestAudit(clock.Format(latest.At), latest.Actor, AuditWording.Action(latest.Action));
    }

    private async Task<string?> TryAsync(string fact, Func<CancellationToken, Task<string>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await read(cancellationToken);
        }
        catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
        {
            LogFactFailed(error, fact);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The admin landing page could not read its {Fact} fact")]
    private partial void LogFactFailed(Exception error, string fact);
}
