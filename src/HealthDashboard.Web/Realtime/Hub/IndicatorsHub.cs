using HealthDashboard.Web.Features.Security;
using Microsoft.AspNetCore.SignalR;

namespace HealthDashboard.Web.Realtime.Hub;

/// <summary>
/// <c>/hubs/indicators</c>: outside clients subscribe to an (indicator, org unit) and receive <c>AggregateChanged</c>
/// with the new value of every period of it that changes. Subscribing is only joining a group, so a thousand clients
/// cost the server a thousand group entries and one serialised message per change. Only units the caller may see can
/// be subscribed to (people: all; an API key: its subtree; a kiosk: its playlist's units and what lies below them), so
/// a group never sends a client what it may not see. Connecting at all needs a sign-in (<see cref="Policies.AnyClient"/>).
/// </summary>
public sealed class IndicatorsHub(SnapshotHolder snapshots, UnitVisibility visibility) : Microsoft.AspNetCore.SignalR.Hub
{
    public const string Path = "/hubs/indicators";
    public const string AggregateChanged = "AggregateChanged";

    public async Task Subscribe(string indicator, string orgUnit)
    {
        Check(indicator, orgUnit);
        if (!await visibility.MaySeeAsync(Context.User ?? new System.Security.Claims.ClaimsPrincipal(), orgUnit.Trim(), Context.ConnectionAborted))
        {
            throw new HubException($"You may not see the org unit '{orgUnit}'.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Of(indicator, orgUnit));
    }

    public Task Unsubscribe(string indicator, string orgUnit)
    {
        if (string.IsNullOrWhiteSpace(indicator) || string.IsNullOrWhiteSpace(orgUnit))
        {
            throw new HubException("Unsubscribe needs an indicator code and an org unit code.");
        }

        return Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Of(indicator, orgUnit));
    }

    /// <summary>A misspelt code would otherwise subscribe to silence; the client gets the reason as the invocation's error.</summary>
    private void Check(string indicator, string orgUnit)
    {
        if (string.IsNullOrWhiteSpace(indicator) || string.IsNullOrWhiteSpace(orgUnit))
        {
            throw new HubException("Subscribe needs an indicator code and an org unit code.");
        }

        // Before the first snapshot there is nothing to check against; the subscription stands and changes will come.
        if (snapshots.Current is not { } snapshot)
        {
            return;
        }

        if (snapshot.Indicator(indicator.Trim()) is null)
        {
            throw new HubException($"No indicator has the code '{indicator}'.");
        }

        if (snapshot.Units.IndexOf(orgUnit.Trim()) < 0)
        {
            throw new HubException($"No org unit has the code '{orgUnit}'.");
        }
    }
}
