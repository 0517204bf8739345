using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Data.Tests.Security;

/// <summary>Users for tests, made through Identity as the app and the command line make them, and read back as stored.</summary>
public static class TestUsers
{
    /// <summary>What the app and the command line set up: Identity and a context per scope, on this database.</summary>
    public static ServiceProvider IdentityServices(Database database)
    {
        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddDashboardIdentityCore();
        return services.BuildServiceProvider();
    }

    /// <summary>Identity's answer to storing <paramref name="user"/> with <paramref name="password"/>.</summary>
    public static async Task<IdentityResult> CreateAsync(Database database, AppUserEntity user, string password)
    {
        await using var services = IdentityServices(database);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUserEntity>>().CreateAsync(user, password);
    }

    /// <summary>The stored row of the user called <paramref name="userName"/> (any case), or null.</summary>
    public static async Task<AppUserEntity?> FindAsync(Database database, string userName)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        await using var context = database.Context();
        return await context.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized);
    }

    public static async Task<int> CountAsync(Database database)
    {
        await using var context = database.Context();
        return await context.Users.CountAsync();
    }
}
