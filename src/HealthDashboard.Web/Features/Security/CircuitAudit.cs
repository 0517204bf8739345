using Microsoft.AspNetCore.Components.Authorization;

namespace HealthDashboard.Web.Features.Security;

/// <summary>An admin page's audit: the action recorded under the circuit's signed-in user, with "admin" as the channel.</summary>
public sealed class CircuitAudit(AuditTrail trail, AuthenticationStateProvider authentication)
{
    public async Task RecordAsync(string action, string entity, string key, string? oldValue = null, string? newValue = null)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        await trail.RecordAsync(user, action, entity, key, oldValue, newValue);
    }
}
