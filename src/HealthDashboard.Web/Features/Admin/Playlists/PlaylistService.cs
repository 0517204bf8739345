using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Admin.Playlists;

/// <summary>Lists, validates and saves wall playlists, checking units and indicators against the live catalog and tree.</summary>
public sealed class PlaylistService(DataStores stores, OrgUnitCache units, CatalogCache catalog)
{
    public Task<IReadOnlyList<WallPlaylist>> ListAsync(CancellationToken cancellationToken = default) =>
        new PlaylistStore(stores.Database).ListAsync(cancellationToken);

    public Task<WallPlaylist?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        new PlaylistStore(stores.Database).FindAsync(code, cancellationToken);

    /// <summary>Saves when valid; otherwise returns every problem and writes nothing.</summary>
    public async Task<IReadOnlyList<WallPlaylistProblem>> SaveAsync(WallPlaylist playlist, bool isNew, CancellationToken cancellationToken = default)
    {
        var tree = await units.TreeAsync(cancellationToken);
        var indicators = (await catalog.CatalogAsync(cancellationToken)).Indicators.Select(i => i.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = WallPlaylistValidator.Validate(playlist, code => tree.Find(code) is not null, indicators.Contains).ToList();
        var store = new PlaylistStore(stores.Database);
        if (isNew && problems.All(p => p.Field != "code") && await store.FindAsync(playlist.Code, cancellationToken) is not null)
        {
            problems.Add(new WallPlaylistProblem(null, "code", $"Đã có danh sách mã “{playlist.Code}”.", $"A playlist with the code “{playlist.Code}” exists already."));
        }

        if (problems.Count == 0)
        {
            // Codes as the catalog and tree spell them, so the wall finds them whatever case was typed.
            var canonical = playlist with
            {
                Slides = playlist.Slides.Select(s => s with
                {
                    Unit = tree.Find(s.Unit)!.Code,
                    Indicator = s.Indicator is null ? null : indicators.First(i => string.Equals(i, s.Indicator, StringComparison.OrdinalIgnoreCase)),
                }).ToList(),
            };
            await store.SaveAsync(canonical, cancellationToken);
        }

        return problems;
    }

    public Task<bool> DeleteAsync(string code, CancellationToken cancellationToken = default) =>
        new PlaylistStore(stores.Database).DeleteAsync(code, cancellationToken);
}
