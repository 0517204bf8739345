using HealthDashboard.Data.Schema;
using HealthDashboard.Data.Security;
using Microsoft.AspNetCore.Identity;

namespace HealthDashboard.Web.Features.Security;

/// <summary>Identity's password check, made of the app's one rule (<see cref="PasswordRules"/>), in the page's language.</summary>
public sealed class PasswordRulesValidator : IPasswordValidator<AppUserEntity>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUserEntity> manager, AppUserEntity user, string? password)
    {
        var problems = PasswordRules.Problems(user.UserName ?? "", password);
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed(problems.Select(p => new IdentityError { Code = "Password", Description = Localization.Bilingual.Pick(p.Vietnamese, p.English) }).ToArray()));
    }
}
