using HealthDashboard.Domain.Wall;

namespace HealthDashboard.Web.Features.Admin.Playlists;

/// <summary>A playlist as the form edits it: mutable, and kept whole when saving fails so nothing typed is lost.</summary>
public sealed class PlaylistDraft
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int SecondsPerSlide { get; set; } = 20;
    public List<SlideDraft> Slides { get; set; } = [];

    /// <summary>Editing an existing playlist: its code is its address and stays.</summary>
    public bool IsExisting { get; init; }

    public static PlaylistDraft From(WallPlaylist playlist) => new()
    {
        Code = playlist.Code,
        Name = playlist.Name,
        SecondsPerSlide = playlist.SecondsPerSlide,
        Slides = playlist.Slides.Select(s => new SlideDraft { Kind = s.Kind, Unit = s.Unit, Indicator = s.Indicator, Level = s.Level, Seconds = s.Seconds }).ToList(),
        IsExisting = true,
    };

    public WallPlaylist ToPlaylist() => new(Code.Trim(), Name.Trim(), SecondsPerSlide,
        Slides.Select(s => new WallSlide(
            s.Kind,
            s.Unit.Trim(),
            s.Kind is WallSlideKind.Kpi or WallSlideKind.Completeness || string.IsNullOrWhiteSpace(s.Indicator) ? null : s.Indicator.Trim(),
            s.Kind == WallSlideKind.Map ? s.Level : null,
            s.Seconds)).ToList());
}

public sealed class SlideDraft
{
    public WallSlideKind Kind { get; set; } = WallSlideKind.Kpi;
    public string Unit { get; set; } = "";
    public string? Indicator { get; set; }
    public string? Level { get; set; } = "commune";
    public int? Seconds { get; set; }
}
