using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;

namespace HealthDashboard.Web.Features.Admin.Users;

/// <summary>The new-user form: kept whole when saving fails, so nothing typed is lost.</summary>
public sealed class UserDraft
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = AppRoles.Officer;
    public string UnitCode { get; set; } = "";
    public bool GeneratePassword { get; set; } = true;
    public string Password { get; set; } = "";

    /// <summary>The typed password again (see <see cref="Account.NewPasswordTwice"/>).</summary>
    public string PasswordAgain { get; set; } = "";
}

/// <summary>The edit form of an existing user: what an admin may change besides the password and the state.</summary>
public sealed class UserEdit
{
    public required string Id { get; init; }
    public required string UserName { get; init; }
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = AppRoles.Officer;
    public string UnitCode { get; set; } = "";

    /// <summary>Identity's stamp of the user when the form was opened: a save over someone else's later change is refused.</summary>
    public string? ConcurrencyStamp { get; init; }

    public static UserEdit From(AppUserEntity user) => new()
    {
        Id = user.Id, UserName = user.UserName ?? "", DisplayName = user.DisplayName, Role = user.Role, UnitCode = user.UnitCode ?? "",
        ConcurrencyStamp = user.ConcurrencyStamp,
    };
}

/// <summary>What an admin's action came to: problems (nothing saved), or done, with a one-time password to show when there is one.</summary>
public sealed record UserOutcome(IReadOnlyList<AdminProblem> Problems, string? OneTimePassword = null)
{
    public bool Succeeded => Problems.Count == 0;

    public static UserOutcome Done(string? oneTimePassword = null) => new([], oneTimePassword);

    public static UserOutcome Fail(string vietnamese, string english) => new([new AdminProblem(vietnamese, english)]);
}
