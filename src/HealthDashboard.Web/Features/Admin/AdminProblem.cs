using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Features.Admin;

/// <summary>One thing wrong with what an admin typed, in both languages; nothing is saved while there is one.</summary>
public sealed record AdminProblem(string Vietnamese, string English)
{
    public string Text => Bilingual.Pick(Vietnamese, English);

    public static AdminProblem From((string Vietnamese, string English) problem) => new(problem.Vietnamese, problem.English);
}
