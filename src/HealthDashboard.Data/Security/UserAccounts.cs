using HealthDashboard.Data.Schema;

namespace HealthDashboard.Data.Security;

/// <summary>
/// New accounts made the same way by the admin page, the command line and the first start; Identity's UserManager then
/// hashes the password, normalises the name and stores it.
/// </summary>
public static class UserAccounts
{
    public static AppUserEntity New(string userName, string displayName, string role, string? unitCode, bool mustChangePassword) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        UserName = userName.Trim(),
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName.Trim() : displayName.Trim(),
        Role = role,
        UnitCode = string.IsNullOrWhiteSpace(unitCode) ? null : unitCode.Trim().ToUpperInvariant(),
        MustChangePassword = mustChangePassword,
        CreatedAt = DateTime.UtcNow,
    };

    /// <summary>A password for a first admin or a reset: 16 characters from an alphabet without look-alikes, with a digit.</summary>
    public static string RandomPassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        var chars = System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(letters + digits, 14).ToList();
        chars.Add(System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(digits, 1)[0]);
        chars.Add(System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(letters, 1)[0]);
        return new string(chars.ToArray());
    }

    /// <summary>
    /// The user name rule: 3–64 letters, digits and . _ - @ only, so that names print cleanly in logs and the audit
    /// and cannot carry markup. Display names may be anything and are always shown as text.
    /// </summary>
    public static bool IsValidUserName(string? userName) =>
        userName is { } name && name.Trim().Length is >= 3 and <= 64 && name.Trim().All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@');
}
