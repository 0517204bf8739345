using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Jobs;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Admin.Jobs;

/// <summary>One job on the jobs page: its schedule in words and as cron (editable), next fire times, progress, actions.</summary>
public sealed partial class JobCard
{
    private bool _editing;
    private bool _busy;
    private bool _saved;
    private string _draft = "";
    private string? _error;
    private string? _actionError;

    [Parameter, EditorRequired] public JobSchedule Schedule { get; set; } = default!;
    [Parameter] public JobProgressView? Progress { get; set; }
    [Parameter] public JobRun? LastRun { get; set; }

    /// <summary>"Run now" was pressed and no run has started yet.</summary>
    [Parameter] public bool Requested { get; set; }

    [Parameter] public EventCallback OnRunRequested { get; set; }

    /// <summary>The schedule changed: the page reloads every job.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] private JobScheduler Scheduler { get; set; } = default!;
    [Inject] private ILogger<JobCard> Logger { get; set; } = default!;
    [Inject] private Security.CircuitAudit Audit { get; set; } = default!;

    private void StartEdit() => (_editing, _draft, _error, _saved) = (true, Schedule.Cron, null, false);

    private void CancelEdit() => (_editing, _error) = (false, null);

    private Task SaveAsync() => ActAsync(async () =>
    {
        var result = await Scheduler.RescheduleAsync(Schedule.Job, _draft);
        if (!result.IsValid)
        {
            // Nothing is saved; the field keeps what was typed so it can be corrected.
            _error = J.CronError(result);
            return;
        }

        (_editing, _error, _saved) = (false, null, true);
        await Audit.RecordAsync(Security.AuditActions.JobScheduled, "job", JobName, Schedule.Cron, _draft);
        await OnChanged.InvokeAsync();
    });

    private Task PauseAsync() => ActAsync(async () =>
    {
        await Scheduler.PauseAsync(Schedule.Job);
        await Audit.RecordAsync(Security.AuditActions.JobPaused, "job", JobName);
        await OnChanged.InvokeAsync();
    });

    private Task ResumeAsync() => ActAsync(async () =>
    {
        await Scheduler.ResumeAsync(Schedule.Job);
        await Audit.RecordAsync(Security.AuditActions.JobResumed, "job", JobName);
        await OnChanged.InvokeAsync();
    });

    private Task RunNowAsync() => ActAsync(async () =>
    {
        await Scheduler.RunNowAsync(Schedule.Job);
        await Audit.RecordAsync(Security.AuditActions.JobRun, "job", JobName);
        await OnRunRequested.InvokeAsync();
        await OnChanged.InvokeAsync();
    });

    private string JobName => Schedule.Job.Key;

    private async Task ActAsync(Func<Task> action)
    {
        (_busy, _actionError) = (true, null);
        try
        {
            await action();
        }
        catch (Exception error)
        {
            Logger.LogError(error, "An action on job {Job} failed", Schedule.Job.Key);
            _actionError = J.ActionFailed;
        }
        finally
        {
            _busy = false;
        }
    }
}
