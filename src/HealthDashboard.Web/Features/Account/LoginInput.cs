namespace HealthDashboard.Web.Features.Account;

public sealed class LoginInput
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
