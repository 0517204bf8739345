namespace HealthDashboard.Domain.Wall;

/// <summary>Something wrong with a playlist as an admin typed it; <paramref name="Slide"/> is 0-based, null for the playlist itself.</summary>
public sealed record WallPlaylistProblem(int? Slide, string Field, string Message, string MessageEn);
