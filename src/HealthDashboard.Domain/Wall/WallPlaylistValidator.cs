using System.Text.RegularExpressions;

namespace HealthDashboard.Domain.Wall;

/// <summary>
/// Checks a playlist before it is saved, against the units and indicators that exist, so that a wall PC never gets a
/// slide it cannot draw. Every problem is reported at once, in Vietnamese and English.
/// </summary>
public static partial class WallPlaylistValidator
{
    public static IReadOnlyList<WallPlaylistProblem> Validate(
        WallPlaylist playlist, Func<string, bool> unitExists, Func<string, bool> indicatorExists)
    {
        var problems = new List<WallPlaylistProblem>();
        if (!CodePattern().IsMatch(playlist.Code))
        {
            problems.Add(new(null, "code", "Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang (2–40 ký tự).",
                "The code takes lower-case letters, digits and hyphens only (2–40 characters)."));
        }

        if (string.IsNullOrWhiteSpace(playlist.Name) || playlist.Name.Length > 120)
        {
            problems.Add(new(null, "name", "Cần có tên (tối đa 120 ký tự).", "A name is needed (at most 120 characters)."));
        }

        CheckSeconds(problems, null, playlist.SecondsPerSlide);
        if (playlist.Slides.Count == 0 || playlist.Slides.Count > WallPlaylist.MaxSlides)
        {
            problems.Add(new(null, "slides", $"Cần từ 1 đến {WallPlaylist.MaxSlides} trang chiếu.", $"A playlist needs 1 to {WallPlaylist.MaxSlides} slides."));
        }

        for (var i = 0; i < playlist.Slides.Count; i++)
        {
            CheckSlide(problems, i, playlist.Slides[i], unitExists, indicatorExists);
        }

        return problems;
    }

    private static void CheckSlide(List<WallPlaylistProblem> problems, int i, WallSlide slide, Func<string, bool> unitExists, Func<string, bool> indicatorExists)
    {
        if (string.IsNullOrWhiteSpace(slide.Unit))
        {
            problems.Add(new(i, "unit", "Chưa chọn đơn vị: gõ tên đơn vị rồi chọn trong danh sách gợi ý.", "No unit chosen: type a unit's name and pick it from the suggestions."));
        }
        else if (!unitExists(slide.Unit))
        {
            problems.Add(new(i, "unit", $"Không có đơn vị mã “{slide.Unit}”.", $"No org unit has the code “{slide.Unit}”."));
        }

        if (slide.Kind is not (WallSlideKind.Kpi or WallSlideKind.Completeness) && (slide.Indicator is null || !indicatorExists(slide.Indicator)))
        {
            problems.Add(new(i, "indicator", "Chọn một chỉ tiêu có trong danh mục.", "Choose an indicator from the catalog."));
        }

        if (slide.Kind == WallSlideKind.Map && slide.Level is not ("district" or "commune"))
        {
            problems.Add(new(i, "level", "Bản đồ theo cấp huyện hoặc cấp xã.", "A map is drawn by district or by commune."));
        }

        if (slide.Seconds is { } seconds)
        {
            CheckSeconds(problems, i, seconds);
        }
    }

    private static void CheckSeconds(List<WallPlaylistProblem> problems, int? slide, int seconds)
    {
        if (seconds is < WallPlaylist.MinSeconds or > WallPlaylist.MaxSeconds)
        {
            problems.Add(new(slide, "seconds", $"Thời gian mỗi trang từ {WallPlaylist.MinSeconds} đến {WallPlaylist.MaxSeconds} giây.",
                $"Seconds per slide must be between {WallPlaylist.MinSeconds} and {WallPlaylist.MaxSeconds}."));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
