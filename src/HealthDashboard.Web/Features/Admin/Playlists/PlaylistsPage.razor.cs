using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Admin.Playlists;

/// <summary><c>/admin/playlists</c>: create, edit, reorder and delete the wall playlists.</summary>
public sealed partial class PlaylistsPage
{
    private IReadOnlyList<WallPlaylist>? _playlists;
    private IReadOnlyList<Indicator> _indicators = [];
    private IReadOnlyList<OrgUnit> _units = [];
    private PlaylistDraft? _draft;
    private IReadOnlyList<WallPlaylistProblem> _problems = [];
    private string? _message;

    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private PlaylistService Playlists { get; set; } = default!;
    [Inject] private CatalogCache Catalog { get; set; } = default!;
    [Inject] private OrgUnitCache Units { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private Security.CircuitAudit Audit { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (Readiness.IsReady && _playlists is null)
        {
            _playlists = await Playlists.ListAsync();
            _indicators = (await Catalog.CatalogAsync()).Indicators;
            // Stations are not wall material: a wall shows a commune or above.
            _units = (await Units.TreeAsync()).All
                .Where(u => u.Kind is OrgUnitKind.Country or OrgUnitKind.Province or OrgUnitKind.District or OrgUnitKind.Commune)
                .OrderBy(u => u.Kind).ThenBy(u => u.Code, StringComparer.Ordinal)
                .ToList();
        }
    }

    private void EditNew()
    {
        var first = _units.FirstOrDefault(u => u.Kind == OrgUnitKind.Province)?.Code ?? "";
        _draft = new PlaylistDraft { Slides = [new SlideDraft { Unit = first }] };
        (_problems, _message) = ([], null);
    }

    private void EditExisting(WallPlaylist playlist) => (_draft, _problems, _message) = (PlaylistDraft.From(playlist), [], null);

    private void AddSlide() => _draft?.Slides.Add(new SlideDraft { Unit = _draft.Slides.LastOrDefault()?.Unit ?? "" });

    private void Move(int index, int by)
    {
        if (_draft is { } draft && index + by >= 0 && index + by < draft.Slides.Count)
        {
            (draft.Slides[index], draft.Slides[index + by]) = (draft.Slides[index + by], draft.Slides[index]);
        }
    }

    private async Task SaveAsync()
    {
        if (_draft is not { } draft)
        {
            return;
        }

        var playlist = draft.ToPlaylist();
        _problems = await Playlists.SaveAsync(playlist, isNew: !draft.IsExisting);
        if (_problems.Count == 0)
        {
            await Audit.RecordAsync(Security.AuditActions.PlaylistSaved, "playlist", playlist.Code, null,
                $"{playlist.Name}: {playlist.Slides.Count} slides, {playlist.SecondsPerSlide} s");
            (_draft, _message, _playlists) = (null, P.Saved(playlist.Name), await Playlists.ListAsync());
        }
    }

    private async Task DeleteAsync(WallPlaylist playlist)
    {
        if (await JS.InvokeAsync<bool>("confirm", P.ConfirmDelete(playlist.Name)) && await Playlists.DeleteAsync(playlist.Code))
        {
            await Audit.RecordAsync(Security.AuditActions.PlaylistDeleted, "playlist", playlist.Code, playlist.Name);
            (_message, _playlists) = (P.Deleted(playlist.Name), await Playlists.ListAsync());
        }
    }
}
