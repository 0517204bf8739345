using HealthDashboard.Data.Security;

namespace HealthDashboard.Web.Features.Security;

/// <summary>
/// Identity's view of a user account. Identity changes its user object through the store's setters before it saves,
/// so this is a mutable copy of the stored <see cref="UserAccount"/>.
/// </summary>
public sealed class AppUser
{
    public AppUser(UserAccount account) => Account = account;

    public UserAccount Account { get; set; }

    public string Id => Account.Id;
    public string UserName => Account.UserName;
    public string DisplayName => Account.DisplayName;
    public string Role => Account.Role;
    public string? UnitCode => Account.UnitCode;
    public bool Disabled => Account.Disabled;
    public bool MustChangePassword => Account.MustChangePassword;
}
