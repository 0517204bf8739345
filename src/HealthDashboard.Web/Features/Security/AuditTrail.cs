using System.Security.Claims;
using HealthDashboard.Data.Audit;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Writes sign-ins and admin actions to the audit log (data changes are written by the data writer in their own
/// transaction). An audit row that cannot be written is logged, never allowed to undo or hide the action itself.
/// </summary>
public sealed partial class AuditTrail(SecurityStores stores, ILogger<AuditTrail> logger)
{
    public Task RecordAsync(ClaimsPrincipal actor, string action, string entity, string key, string? oldValue = null, string? newValue = null, string via = "admin") =>
        RecordAsync(actor.AuditName(), action, entity, key, oldValue, newValue, via);

    public async Task RecordAsync(string actor, string action, string entity, string key, string? oldValue = null, string? newValue = null, string via = "admin")
    {
        try
        {
            await stores.Audit.AppendAsync(new AuditEntry
            {
                Actor = actor, Action = action, Entity = entity, EntityKey = key, OldValue = oldValue, NewValue = newValue, Via = via,
            });
        }
        catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
        {
            LogNotAudited(error, action, actor);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit row for {Action} by {Actor}")]
    private partial void LogNotAudited(Exception error, string action, string actor);
}
