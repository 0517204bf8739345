namespace HealthDashboard.Data.Security;

/// <summary>
/// The one password rule of the app, shared by the sign-in pages (through Identity) and the command line: long enough
/// to resist guessing, with a letter and a digit, and not the user name. Length counts for more than symbols (NIST
/// SP 800-63B), so no upper-case or symbol is demanded.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 10;

    public static IReadOnlyList<(string Vietnamese, string English)> Problems(string userName, string? password)
    {
        var problems = new List<(string, string)>();
        password ??= "";
        if (password.Length < MinimumLength)
        {
            problems.Add(($"Mật khẩu cần ít nhất {MinimumLength} ký tự.", $"The password needs at least {MinimumLength} characters."));
        }

        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit))
        {
            problems.Add(("Mật khẩu cần có cả chữ cái và chữ số.", "The password needs both a letter and a digit."));
        }

        if (password.Trim().Equals(userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(("Mật khẩu không được trùng tên đăng nhập.", "The password must not be the user name."));
        }

        return problems;
    }
}
