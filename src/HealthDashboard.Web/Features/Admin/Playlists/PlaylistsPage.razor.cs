using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HealthDashboard.Web.Features.Admin.Playlists;

/// <summary><c>/admin/playlists</c>: create, edit, reorder and delete the wall playlists.</summary>
public sealed partial class PlaylistsPage
{
    private IReadOnlyList<WallPlaylist>? _playlists;
    private IReadOnlyList<Indicator> _indicators = [];
    private OrgUnitTree? _tree;
    private PlaylistDraft? _draft;
    private IReadOnlyList<WallPlaylistProblem> _problems = [];

    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private PlaylistService Playlists { get; set; } = default!;
    [Inject] private CatalogCache Catalog { get; set; } = default!;
    [Inject] private OrgUnitCache Units { get; set; } = default!;
    [Inject] private Security.CircuitAudit Audit { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (Readiness.IsReady && _playlists is null)
        {
            _playlists = await Playlists.ListAsync();
            _indicators = (await Catalog.CatalogAsync()).Indicators;
            _tree = await Units.TreeAsync();
        }
    }

    private void EditNew()
    {
        var first = _tree?.All.Where(u => u.Kind == OrgUnitKind.Province).OrderBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault()?.Code ?? "";
        _draft = new PlaylistDraft { Slides = [new SlideDraft { Unit = first }] };
        _problems = [];
    }

    private void EditExisting(WallPlaylist playlist) => (_draft, _problems) = (PlaylistDraft.From(playlist), []);

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
            (_draft, _playlists) = (null, await Playlists.ListAsync());
            Snackbar.Add(P.Saved(playlist.Name), Severity.Success);
        }
    }

    private async Task DeleteAsync(WallPlaylist playlist)
    {
        var sure = await Dialogs.ShowMessageBoxAsync(P.ConfirmTitle, P.ConfirmDelete(playlist.Name), yesText: P.Delete, cancelText: P.Cancel);
        if (sure == true && await Playlists.DeleteAsync(playlist.Code))
        {
            await Audit.RecordAsync(Security.AuditActions.PlaylistDeleted, "playlist", playlist.Code, playlist.Name);
            _playlists = await Playlists.ListAsync();
            Snackbar.Add(P.Deleted(playlist.Name), Severity.Success);
        }
    }
}
