using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace HealthDashboard.Web.Features.Security;

public static class SecurityServiceCollectionExtensions
{
    public const string IdentityCookie = "hd.auth";
    public const string KioskCookie = "hd.kiosk";

    /// <summary>Identity on EF Core, the three ways in (<see cref="AuthSchemes"/>), the policies, and the rate limits.</summary>
    public static IServiceCollection AddDashboardSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SecurityOptions.SectionName);
        services.AddOptions<SecurityOptions>().Bind(section);

        // The sign-in pipeline reaches these through SecurityStores, only when it needs them, so that a broken database
        // is a message rather than a failure to build the pipeline (DataStores explains why); admin pages inject them.
        services.AddSingleton(sp => new SessionStore(sp.GetRequiredService<Database>()));
        services.AddSingleton(sp => new KioskTokenStore(sp.GetRequiredService<Database>()));
        services.AddSingleton(sp => new ApiKeyStore(sp.GetRequiredService<Database>()));
        services.AddSingleton(sp => new AuditStore(sp.GetRequiredService<Database>()));
        services.AddSingleton<SecurityStores>();
        services.AddSingleton<AccessCheck>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<InitialAdmin>();
        services.AddSingleton<IdentityScopes>();
        services.AddScoped<SignInService>();
        services.AddScoped<CircuitAudit>();

        // Identity's EF store on app_user, with a context per scope (DashboardIdentity), the app's password rule in
        // the page's language, and the app's claims.
        services.AddDashboardIdentityCore()
            .AddPasswordValidator<PasswordRulesValidator>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddSignInManager();

        // Read when first used rather than here: settings given to a test host arrive after this method has run.
        services.AddOptions<IdentityOptions>().Configure<Microsoft.Extensions.Options.IOptions<SecurityOptions>>((identity, security) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = security.Value.LockoutAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = security.Value.LockoutDuration;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<SecurityOptions>>((cookie, security) => cookie.ExpireTimeSpan = security.Value.SessionLifetime);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthSchemes.Select;
                options.DefaultChallengeScheme = AuthSchemes.Select;
            })
            .AddPolicyScheme(AuthSchemes.Select, null, options => options.ForwardDefaultSelector = SelectScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, cookie =>
            {
                cookie.Cookie.Name = IdentityCookie;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/account/login";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Events = CookieEvents.ForPeople();
            })
            .AddCookie(AuthSchemes.Kiosk, cookie =>
            {
                cookie.Cookie.Name = KioskCookie;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                // A wall runs for months; the token's own expiry and revocation are what end it.
                cookie.ExpireTimeSpan = TimeSpan.FromDays(400);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/kiosk/ended";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Events = CookieEvents.ForKiosks();
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);

        services.AddAuthorization(options =>
        {
            options.AddPolicy(Policies.Read, p => p.RequireAssertion(c => IsReader(c.User)));
            options.AddPolicy(Policies.Admin, p => p.RequireAssertion(c => IsReader(c.User) && c.User.IsInRole(AppRoles.Admin)));
            options.AddPolicy(Policies.Enter, p => p.RequireAssertion(c => IsReader(c.User) && (c.User.IsInRole(AppRoles.Admin) || c.User.IsInRole(AppRoles.Officer))));
            options.AddPolicy(Policies.Wall, p => p.RequireAssertion(c => IsReader(c.User) || (c.User.IsKiosk() && KioskWall.IsOwnPlaylist(c.User, c.Resource))));
            options.AddPolicy(Policies.ApiRead, p => p.RequireAssertion(c => IsReader(c.User) || c.User.IsApiKey()));
            options.AddPolicy(Policies.ApiWrite, p => p.RequireAssertion(c => c.User.IsApiKey()));
            options.AddPolicy(Policies.AnyClient, p => p.RequireAssertion(c => IsReader(c.User) || c.User.IsKiosk() || c.User.IsApiKey()));
            options.AddPolicy(Policies.SignedInPerson, p => p.RequireAssertion(c => c.User.IsPerson()));
            // What has no policy of its own (Blazor's circuit connection) needs a browser that signed in: a person or a
            // kiosk. Every page names its own policy; a test checks that none is left out.
            options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAssertion(c => c.User.IsPerson() || c.User.IsKiosk()).Build();
        });

        services.AddDataProtection().SetApplicationName("HealthDashboard");
        services.AddSingleton<DatabaseKeyRepository>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<DatabaseKeyRepository>((keys, repository) => keys.XmlRepository = repository);

        services.AddCascadingAuthenticationState();
        services.AddScoped<AccessRevalidation>();
        services.AddSingleton<UnitVisibility>();
        services.AddScoped<AuthenticationStateProvider>(sp => sp.GetRequiredService<AccessRevalidation>());
        services.AddDashboardRateLimits();
        return services;
    }

    /// <summary>Sign-in and permissions. The security headers are not here: they come first of all (Program.cs).</summary>
    public static WebApplication UseDashboardSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    private static bool IsReader(System.Security.Claims.ClaimsPrincipal user) => user.IsPerson() && !user.MustChangePassword();

    /// <summary>An API key wins when sent; a wall PC has only the kiosk cookie; everyone else is a person (or no one yet).</summary>
    private static string SelectScheme(HttpContext context)
    {
        if (ApiKeyAuthenticationHandler.SecretOf(context.Request) is not null)
        {
            return AuthSchemes.ApiKey;
        }

        return context.Request.Cookies.ContainsKey(KioskCookie) && !context.Request.Cookies.ContainsKey(IdentityCookie)
            ? AuthSchemes.Kiosk
            : IdentityConstants.ApplicationScheme;
    }
}
