using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Completeness;

/// <summary>
/// Reads the unit's reporting for the picked month (the last one past its deadline by default) and reads it again when
/// a pushed change concerns the unit: a report marked complete anywhere below it moves its figures and its lists. The
/// map follows the same changes by itself (Plotly.react).
/// </summary>
public sealed partial class CompletenessSection : IDisposable
{
    private CompletenessView? _view;
    private Period? _month;
    private string _indicator = "REPORT_COMPLETENESS";
    private string? _loaded;
    private IDisposable? _changes;
    private CircuitCulture _culture;

    [Parameter, EditorRequired]
    public OrgUnit Unit { get; set; } = default!;

    [Inject] private CompletenessService Completeness { get; set; } = default!;
    [Inject] private AggregateChangeNotifier Changes { get; set; } = default!;

    /// <summary>A commune has one station: a table says it all, a map of one area would not.</summary>
    private bool HasMap => Unit.Kind is OrgUnitKind.Province or OrgUnitKind.District;

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        _changes = Changes.Subscribe(OnChanged);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loaded != Unit.Code)
        {
            (_loaded, _month) = (Unit.Code, null);
            _view = CompletenessService.Shows(Unit.Kind) ? await Completeness.LoadAsync(Unit.Code, _month) : null;
        }
    }

    private async Task OnMonthChanged(Period month)
    {
        if (month.Type == PeriodType.Month)
        {
            _month = month;
            _view = await Completeness.LoadAsync(Unit.Code, _month);
        }
    }

    private void OnIndicatorChanged(string? indicator) =>
        _indicator = indicator is "REPORT_TIMELINESS" ? "REPORT_TIMELINESS" : "REPORT_COMPLETENESS";

    private Task OnChanged(IReadOnlyList<AggregateChange> changes)
    {
        if (_view is not null && changes.Any(c => c.Concerns(Unit.Code)))
        {
            _ = InvokeAsync(async () =>
            {
                _culture.Apply();
                try
                {
                    _view = await Completeness.LoadAsync(Unit.Code, _month);
                    StateHasChanged();
                }
                catch (Exception error)
                {
                    await DispatchExceptionAsync(error);
                }
            });
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _changes?.Dispose();
}
