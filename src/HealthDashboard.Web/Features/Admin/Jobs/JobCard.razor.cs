using System.Globalization;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HealthDashboard.Web.Features.Admin.Jobs;

/// <summary>One job on the jobs page: its schedule in words and as cron (editable), next fire times, progress, actions.</summary>
public sealed partial class JobCard
{
    private bool _editing;
    private bool _busy;
    private string _draft = "";
    private SchedulePresetKind _kind = SchedulePresetKind.Daily;
    private string _timeText = "02:00";
    private DayOfWeek _weekday = DayOfWeek.Monday;
    private int _dayOfMonth = 1;
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
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ILogger<JobCard> Logger { get; set; } = default!;
    [Inject] private Security.CircuitAudit Audit { get; set; } = default!;

    /// <summary>Monday first, as calendars here show weeks.</summary>
    private static readonly DayOfWeek[] WeekMondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The form opens on the shape the schedule has (a cron of another shape: the advanced choice).</summary>
    private void StartEdit()
    {
        var preset = SchedulePreset.From(Schedule.Cron);
        (_editing, _draft, _error) = (true, Schedule.Cron, null);
        (_kind, _timeText, _weekday, _dayOfMonth) = (preset.Kind, preset.Time.ToString("HH:mm", CultureInfo.InvariantCulture), preset.Weekday, preset.DayOfMonth);
    }

    private void Choose(SchedulePresetKind kind)
    {
        // Into the advanced choice with the cron the presets make, so it can be adjusted from there.
        if (kind == SchedulePresetKind.Cron && _kind != SchedulePresetKind.Cron && Problem is null)
        {
            _draft = Preset.ToCron();
        }

        (_kind, _error) = (kind, null);
    }

    private SchedulePreset Preset => new(_kind, Time ?? default, _weekday, _dayOfMonth, _draft);

    /// <summary>The time typed ("04:30"; browsers may add seconds), or null while it is not one.</summary>
    private TimeOnly? Time => TimeOnly.TryParseExact(_timeText, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>What keeps the preset from making a schedule, if anything (the advanced cron is checked on saving).</summary>
    private string? Problem => _kind == SchedulePresetKind.Cron ? null
        : Time is null ? J.TimeRequired
        : _kind == SchedulePresetKind.Monthly && _dayOfMonth is < 1 or > 31 ? J.DayOfMonthRange
        : null;

    /// <summary>The chosen schedule in words as it is being set, and a note when some months have no such day.</summary>
    private string PresetWords => Problem is { } problem
        ? problem
        : CronDescriber.Describe(Preset.ToCron(), Localization.Bilingual.IsVietnamese)
            + (_kind == SchedulePresetKind.Monthly && _dayOfMonth > 28 ? " — " + J.ShortMonthsSkipped(_dayOfMonth) : "");

    private void CancelEdit() => (_editing, _error) = (false, null);

    private Task SaveAsync() => ActAsync(async () =>
    {
        if (Problem is { } problem)
        {
            _error = problem;
            return;
        }

        var cron = Preset.ToCron();
        var result = await Scheduler.RescheduleAsync(Schedule.Job, cron);
        if (!result.IsValid)
        {
            // Nothing is saved; the field keeps what was typed so it can be corrected.
            _error = J.CronError(result);
            return;
        }

        (_editing, _error) = (false, null);
        // A snackbar rather than a line in the card: the card redraws with the new schedule, and the notice is for the
        // moment, not for the page.
        Snackbar.Add(J.Saved, Severity.Success);
        await Audit.RecordAsync(Security.AuditActions.JobScheduled, "job", JobName, Schedule.Cron, CronSchedule.Normalize(cron));
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
