namespace HealthDashboard.Web.Features.Account;

/// <summary>
/// A new password is typed twice wherever a person chooses one (their own change, an admin's typed password): a typo in
/// a field that shows only dots would otherwise lock the person out. When the two differ nothing is changed.
/// </summary>
public static class NewPasswordTwice
{
    public static readonly (string Vietnamese, string English) Mismatch = (
        "Hai lần nhập mật khẩu mới không khớp nhau. Chưa có gì thay đổi: hãy nhập lại cả hai ô.",
        "The two new passwords differ. Nothing was changed: please type both again.");

    /// <summary>Compared exactly, as the password is: case and spaces count.</summary>
    public static bool Differ(string? first, string? second) => !string.Equals(first ?? "", second ?? "", StringComparison.Ordinal);
}
