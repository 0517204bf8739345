namespace HealthDashboard.Domain.Wall;

/// <summary>
/// One slide of a playlist. Units and indicators are held by code, not by id: a playlist outlives a re-seed of the
/// data, and a slide whose unit has gone says so on the wall instead of breaking the playlist.
/// </summary>
/// <param name="Indicator">Required for map, trend and ranking; ignored by the KPI grid.</param>
/// <param name="Level">For the map: "district" or "commune".</param>
/// <param name="Seconds">This slide's own duration; null takes the playlist's.</param>
public sealed record WallSlide(WallSlideKind Kind, string Unit, string? Indicator = null, string? Level = null, int? Seconds = null);
