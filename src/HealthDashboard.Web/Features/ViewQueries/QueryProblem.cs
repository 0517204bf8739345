using HealthDashboard.Web.Localization;

namespace HealthDashboard.Web.Features.ViewQueries;

/// <summary>Why a shared link's query string could not be shown, in both languages (a link may be opened by either reader).</summary>
public sealed record QueryProblem(string Field, string Vietnamese, string English)
{
    public string Text => Bilingual.Pick(Vietnamese, English);
}
