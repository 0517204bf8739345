using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// An open page (a circuit) asks every <see cref="SecurityOptions.RevalidationInterval"/> whether its sign-in still
/// holds. When it does not, the page's user becomes anonymous: the router then shows why instead of the page, and the
/// page's live subscriptions end with it. This is how a revoked kiosk token stops its wall within a minute.
/// </summary>
public sealed class AccessRevalidation(ILoggerFactory loggerFactory, AccessCheck access, Microsoft.Extensions.Options.IOptions<SecurityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    /// <summary>Why the page's access ended, for the message shown instead of it.</summary>
    public AccessEndReason EndReason { get; private set; }

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        var reason = await access.WhyEndedAsync(user, cancellationToken);
        if (reason != AccessEndReason.None)
        {
            EndReason = reason;
        }

        return reason == AccessEndReason.None;
    }
}
