using HealthDashboard.Domain.Wall;

namespace HealthDashboard.Web.Features.Wall;

/// <summary>One step of the rotation: a slide, and for a KPI grid too long for one screen, which page of it.</summary>
public sealed record WallFrame(int SlideIndex, WallSlide Slide, int Page, int Pages, TimeSpan Duration);
