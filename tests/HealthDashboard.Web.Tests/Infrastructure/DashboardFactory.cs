using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>The web app in process (TestServer), on a database the test chooses.</summary>
public sealed class DashboardFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? replaceServices = null)
    : WebApplicationFactory<Program>
{
    public static DashboardFactory OnSqlite(string connectionString) => new(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:ConnectionString"] = connectionString,
        ["Database:SeedSampleData"] = "true",
    });

    /// <summary>A client with an API key for <paramref name="unit"/>'s subtree, made in the app's own database.</summary>
    public async Task<HttpClient> CreateApiClientAsync(string unit = "VN")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await TestCredentials.CreateApiKeyAsync(Services.GetRequiredService<HealthDashboard.Data.Db.Database>(), unit));
        return client;
    }

    /// <summary>A client signed in through the sign-in form (cookies kept, redirects not followed).</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string userName = TestCredentials.AdminUser, string password = TestCredentials.AdminPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await FormSignIn.SignInAsync(client, userName, password);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The tests' defaults first, so that a test's own settings win over them.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Auth:InitialAdmin:Password", TestCredentials.AdminPassword);
        builder.UseSetting("Auth:SignInPerMinute", "10000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (replaceServices is not null)
        {
            builder.ConfigureTestServices(replaceServices);
        }
    }
}
