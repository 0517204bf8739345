using System.Globalization;
using System.Security.Claims;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace HealthDashboard.Web.Features.DataEntry;

/// <summary><c>/report/{station}/{month}</c>: a station's monthly report, checked as it is typed, saved without overwriting others' changes.</summary>
public sealed partial class ReportPage : IDisposable
{
    private IDisposable? _changes;
    private Localization.CircuitCulture _culture;
    private ReportForm? _form;
    private (string Vi, string En)? _problem;
    private (string Vi, string En)? _message;
    private bool _messageIsError;
    private bool _busy;
    private ClaimsPrincipal _user = new();

    [Parameter] public string UnitCode { get; set; } = "";
    [Parameter] public string Period { get; set; } = "";
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private ReportService Reports { get; set; } = default!;
    [Inject] private Realtime.AggregateChangeNotifier Changes { get; set; } = default!;

    protected override void OnInitialized()
    {
        _culture = Localization.CircuitCulture.Capture();
        _changes = Changes.Subscribe(OnAggregatesChanged);
    }

    public void Dispose() => _changes?.Dispose();

    /// <summary>
    /// The station's figures changed (someone saved, imported or completed): read its values again, so untouched fields
    /// show the new numbers and a field being edited shows the conflict now rather than at save time.
    /// </summary>
    private Task OnAggregatesChanged(IReadOnlyList<Domain.Engine.AggregateChange> changes)
    {
        if (_form is { } form && changes.Any(c => c.Concerns(form.Station.Code)))
        {
            _ = InvokeAsync(async () =>
            {
                _culture.Apply();
                try
                {
                    if (!_busy && _form == form && await Reports.RefreshAsync(form, CultureInfo.CurrentCulture))
                    {
                        StateHasChanged();
                    }
                }
                catch (Exception error)
                {
                    await DispatchExceptionAsync(error);
                }
            });
        }

        return Task.CompletedTask;
    }

    protected override async Task OnParametersSetAsync()
    {
        _user = (await AuthState).User;
        (_form, _problem, _message) = (null, null, null);
        if (Readiness.IsReady)
        {
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        var load = await Reports.LoadAsync(UnitCode, Period, _user, CultureInfo.CurrentCulture);
        (_form, _problem) = (load.Form, load.Problem);
    }

    private string Link(Period month) => $"/report/{Uri.EscapeDataString(_form?.Station.Code ?? UnitCode)}/{month}";

    private void Recheck()
    {
        if (_form is not null)
        {
            ReportChecks.Run(_form.Fields.ToList(), CultureInfo.CurrentCulture);
        }
    }

    private async Task SaveAsync()
    {
        if (_form is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var outcome = await Reports.SaveAsync(_form, _user, CultureInfo.CurrentCulture);
            await AfterAsync(outcome, R.Saved(outcome.Written, outcome.Deleted));
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CompleteAsync(bool complete)
    {
        if (_form is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            // Unsaved values go first: a report marked complete must hold what the person sees.
            if (_form.Fields.Any(f => f.IsChanged))
            {
                var saved = await Reports.SaveAsync(_form, _user, CultureInfo.CurrentCulture);
                if (!saved.Saved)
                {
                    await AfterAsync(saved, null);
                    return;
                }
            }

            await AfterAsync(await Reports.SetCompleteAsync(_form, complete, _user), complete ? R.Completed : R.Reopened);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task AfterAsync(ReportSaveOutcome outcome, (string Vi, string En)? success)
    {
        _messageIsError = !outcome.Saved;
        if (outcome.Saved)
        {
            // Read again: the stored values, who saved them, and what others changed in fields this person did not touch.
            await ReloadAsync();
        }

        _message = outcome.Message ?? success;
    }
}
