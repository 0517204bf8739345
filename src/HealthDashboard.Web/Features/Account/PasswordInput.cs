namespace HealthDashboard.Web.Features.Account;

public sealed class PasswordInput
{
    public string? Current { get; set; }
    public string? New { get; set; }
    public string? Confirm { get; set; }
}
