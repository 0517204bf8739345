using HealthDashboard.Domain.Engine;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Status;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Realtime;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Wall;

/// <summary>
/// The unit's indicators with a target as big tiles, one page of them. When a figure changes while the slide is up,
/// only that tile is re-created (a new key), which replays its pulse animation.
/// </summary>
public sealed partial class WallKpiSlide : IDisposable
{
    private IReadOnlyList<IndicatorTile>? _tiles;
    // Each tile's markup, written when its figures arrive rather than at every render: the wall re-renders for its
    // title and clock stamp, and each render's new strings stayed in the circuit beside the last one's.
    private Dictionary<string, MarkupString> _inner = [];
    private readonly Dictionary<string, int> _pulses = [];
    private bool _missing;
    private CircuitCulture _culture;
    private IDisposable? _changes;
    private (string Unit, int Page)? _loaded;

    [Parameter, EditorRequired] public string UnitCode { get; set; } = "";
    [Parameter] public int Page { get; set; } = 1;
    [Parameter] public int Pages { get; set; } = 1;
    /// <summary>A plain delegate, not an EventCallback: an EventCallback re-renders the wall, which sets this slide's
    /// parameters again, which would load and report again, for ever.</summary>
    [Parameter] public Action<string>? TitleChanged { get; set; }

    [Inject] private OverviewService Overviews { get; set; } = default!;
    [Inject] private WallKpiTileHtml TileHtml { get; set; } = default!;
    [Inject] private AggregateChangeNotifier Changes { get; set; } = default!;

    protected override void OnInitialized()
    {
        _culture = CircuitCulture.Capture();
        _changes = Changes.Subscribe(OnAggregatesChanged);
    }

    protected override async Task OnParametersSetAsync()
    {
        // The wall re-renders for its clock stamp and title; only another unit or page is worth a reload.
        if (_loaded == (UnitCode, Page))
        {
            return;
        }

        _loaded = (UnitCode, Page);
        var overview = await Overviews.LoadAsync(UnitCode);
        _missing = overview is null;
        Show(overview is null ? null : PageOf(overview));
        if (overview is not null)
        {
            var title = W.KpiTitle(overview.Unit.Name(Bilingual.IsVietnamese));
            TitleChanged?.Invoke(Pages > 1 ? $"{title} · {W.Page(Page, Pages)}" : title);
        }
    }

    private List<IndicatorTile> PageOf(UnitOverview overview) => overview.Tiles
        .Where(t => t.OnWall)
        .Skip((Page - 1) * WallFrames.TilesPerPage)
        .Take(WallFrames.TilesPerPage)
        .ToList();

    private Task OnAggregatesChanged(IReadOnlyList<AggregateChange> changes)
    {
        if (_tiles is not null && changes.Any(c => c.Concerns(UnitCode)))
        {
            _ = InvokeAsync(async () =>
            {
                _culture.Apply();
                if (await Overviews.LoadAsync(UnitCode) is not { } fresh || _tiles is null)
                {
                    return;
                }

                var next = PageOf(fresh);
                var before = _tiles.ToDictionary(t => t.Indicator.Code, t => t.Latest.Value);
                foreach (var tile in next.Where(t => before.TryGetValue(t.Indicator.Code, out var old) && old != t.Latest.Value))
                {
                    _pulses[tile.Indicator.Code] = _pulses.GetValueOrDefault(tile.Indicator.Code) + 1;
                }

                Show(next);
                StateHasChanged();
            });
        }

        return Task.CompletedTask;
    }

    private void Show(List<IndicatorTile>? tiles)
    {
        _tiles = tiles;
        _inner = tiles?.ToDictionary(t => t.Indicator.Code, TileHtml.Inner) ?? [];
    }

    private string TileCss(IndicatorTile tile) =>
        $"hd-wall-kpi hd-wall-{PlanStatusText.Css(tile.PlanStatus.Status)}{(_pulses.ContainsKey(tile.Indicator.Code) ? " hd-wall-pulse" : "")}";

    public void Dispose() => _changes?.Dispose();
}
