namespace HealthDashboard.Web.Api;

/// <summary>The body of every API answer that is not data: a message in Vietnamese, and in English for other clients.</summary>
public sealed record ApiMessage(string Message, string MessageEn);
