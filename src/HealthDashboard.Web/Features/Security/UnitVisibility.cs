using System.Security.Claims;
using HealthDashboard.Data.Wall;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Which units a caller may see, whatever it asks for (figures through the hub, shapes through the map API): people
/// everything, an API key its subtree (<see cref="UnitScope"/>), a kiosk the units its wall's slides show and what lies
/// below them. One rule for every door, so that a shape is never served to someone the figures are refused to.
/// </summary>
public sealed class UnitVisibility(OrgUnitCache units, DataStores stores)
{
    public async Task<bool> MaySeeAsync(ClaimsPrincipal user, string unitCode, CancellationToken cancellationToken)
    {
        var tree = await units.TreeAsync(cancellationToken);
        if (!user.IsKiosk())
        {
            return UnitScope.CanRead(user, tree, unitCode);
        }

        var playlist = user.KioskPlaylist() is { } code ? await new PlaylistStore(stores.Database).FindAsync(code, cancellationToken) : null;
        return playlist is not null && playlist.Slides.Any(slide => UnitScope.Contains(tree, slide.Unit, unitCode));
    }
}
