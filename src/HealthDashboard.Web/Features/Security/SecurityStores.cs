using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Security;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// The security tables' stores, resolved on first use rather than injected: like <see cref="Storage.DataStores"/>, so a
/// misconfigured database shows as "could not be prepared" (or 503) instead of failing to build the sign-in pipeline.
/// </summary>
public sealed class SecurityStores(IServiceProvider services)
{
    public SessionStore Sessions => services.GetRequiredService<SessionStore>();
    public KioskTokenStore Kiosks => services.GetRequiredService<KioskTokenStore>();
    public ApiKeyStore ApiKeys => services.GetRequiredService<ApiKeyStore>();
    public AuditStore Audit => services.GetRequiredService<AuditStore>();
}
