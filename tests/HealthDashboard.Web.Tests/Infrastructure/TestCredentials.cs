using HealthDashboard.Data.Db;
using HealthDashboard.Data.Security;
using HealthDashboard.Data.Tests.Security;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// The first admin every test app starts with (given through Auth:InitialAdmin, as an operator would), and the way
/// tests make other users and API keys: through Identity and the same stores the admin pages and the command line use.
/// </summary>
public static class TestCredentials
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "Test-admin-2026";

    /// <summary>What every app process a test starts is given: the first admin's password, and room for many sign-ins.</summary>
    public static void AddTo(System.Diagnostics.ProcessStartInfo start)
    {
        start.Environment["Auth__InitialAdmin__Password"] = AdminPassword;
        // Browser tests sign in for every page they open, all from 127.0.0.1; the limit itself has its own test.
        start.Environment["Auth__SignInPerMinute"] = "10000";
    }

    /// <summary>An API key for <paramref name="unit"/>'s subtree (the whole country by default); returns the secret.</summary>
    public static async Task<string> CreateApiKeyAsync(Database database, string unit = "VN", string name = "tests")
    {
        var (_, secret) = await new ApiKeyStore(database).CreateAsync(name, unit, "tests");
        return secret;
    }

    public static async Task<string> CreateApiKeyAsync(DatabaseOptions options, string unit = "VN", string name = "tests")
    {
        await using var database = new Database(options);
        return await CreateApiKeyAsync(database, unit, name);
    }

    /// <summary>A user with a current password (no change asked at first sign-in).</summary>
    public static async Task CreateUserAsync(Database database, string userName, string role, string? unit, string password, string? displayName = null)
    {
        var result = await TestUsers.CreateAsync(database, UserAccounts.New(userName, displayName ?? userName, role, unit, mustChangePassword: false), password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The user {userName} was not created: {string.Join(" ", result.Errors.Select(e => e.Code))}");
        }
    }
}
