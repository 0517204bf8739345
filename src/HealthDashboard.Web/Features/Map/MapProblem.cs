namespace HealthDashboard.Web.Features.Map;

/// <summary>What was wrong with a map's query string, in both languages (the page shows the one in use).</summary>
public sealed record MapProblem(string Field, string MessageVi, string MessageEn);
