using System.Text.Json;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Cli.Commands;

/// <summary>
/// <c>users create --name N --role R [--unit CODE] [--display-name D] --password-stdin</c>: the password is read from
/// standard input (never an argument, which other users of the machine could see in the process list).
/// </summary>
public sealed class UsersCreateCommand : ICliCommand
{
    public string Name => "users create";
    public string Usage => "users create --name N --role Admin|Leader|Officer [--unit CODE] [--display-name D] --password-stdin [--provider …] [--db …]";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var name = line.Option("name") ?? throw new UsageException("--name is needed");
        if (!UserAccounts.IsValidUserName(name))
        {
            throw new UsageException("--name must be 3–64 letters, digits or . _ - @");
        }

        var role = AppRoles.Parse(line.Option("role")) ?? throw new UsageException("--role must be Admin, Leader or Officer");
        var unit = line.Option("unit");
        if (role == AppRoles.Officer && unit is null)
        {
            throw new UsageException("an Officer needs --unit, the code of the unit whose subtree they enter data for");
        }

        var displayName = line.Option("display-name") ?? name;
        if (!line.Flag("password-stdin"))
        {
            throw new UsageException("--password-stdin is needed: pipe the password in (it is never taken as an argument)");
        }

        var password = (await line.Input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
        if (PasswordRules.Problems(name, password) is { Count: > 0 } problems)
        {
            throw new UsageException(string.Join(" ", problems.Select(p => p.English)));
        }

        line.Database();
        line.EnsureAllOptionsUsed();
        await using var database = await ProvisioningDatabase.OpenAsync(line, cancellationToken);
        var unitCode = unit is null ? null : await ProvisioningDatabase.UnitCodeAsync(database, unit, cancellationToken);
        var account = UserAccounts.New(name, displayName, role, unitCode, mustChangePassword: false);
        await CreateAsync(database, account, password, cancellationToken);

        await new AuditStore(database).AppendAsync(new AuditEntry
        {
            Actor = "cli", Action = "user-create", Entity = "user", EntityKey = account.UserName!, NewValue = role + (unitCode is null ? "" : " " + unitCode), Via = "cli",
        }, cancellationToken);
        await output.WriteLineAsync(JsonSerializer.Serialize(new { user = account.UserName, role, unit = unitCode, database = database.Describe() }));
    }

    /// <summary>Through Identity's UserManager, set up as the app sets it up, so the hash is the one the sign-in page checks.</summary>
    private static async Task CreateAsync(Database database, AppUserEntity account, string password, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddDashboardIdentityCore();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUserEntity>>();
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(account, password);
        }
        catch (DbUpdateException)
        {
            if (!await users.Users.AsNoTracking().AnyAsync(u => u.NormalizedUserName == account.NormalizedUserName, cancellationToken))
            {
                throw;
            }

            result = IdentityResult.Failed(users.ErrorDescriber.DuplicateUserName(account.UserName!)); // made at the same moment elsewhere
        }

        if (DashboardIdentity.IsDuplicateName(result))
        {
            throw new UsageException($"the user name '{account.UserName}' is taken");
        }

        if (!result.Succeeded)
        {
            throw new UsageException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
