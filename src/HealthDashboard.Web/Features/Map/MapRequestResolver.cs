using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Features.Map;

/// <summary>
/// Reads a map's query string (indicator, unit, level, period) against the catalog and the tree. Every bad value is
/// reported with what was asked, never thrown: the page shows the problems instead of a 500.
/// </summary>
public static class MapRequestResolver
{
    public const string DefaultIndicator = "HI_COV";

    public static (MapRequest? Request, IReadOnlyList<MapProblem> Problems) Resolve(IndicatorCatalog catalog, OrgUnitTree tree,
        int firstYear, int lastYear, string? indicatorCode, string? unitCode, string? level, string? period)
    {
        var problems = new List<MapProblem>();
        var indicator = string.IsNullOrWhiteSpace(indicatorCode)
            ? catalog.Indicator(DefaultIndicator) ?? catalog.Indicators.FirstOrDefault()
            : catalog.Indicators.FirstOrDefault(i => string.Equals(i.Code, indicatorCode.Trim(), StringComparison.OrdinalIgnoreCase));
        if (indicator is null)
        {
            problems.Add(new("indicator", $"Không có chỉ tiêu mã “{indicatorCode}”.", $"There is no indicator with the code “{indicatorCode}”."));
        }

        var unit = string.IsNullOrWhiteSpace(unitCode) ? tree.DefaultUnit() : tree.Find(unitCode.Trim());
        if (unit is null)
        {
            problems.Add(new("unit", $"Không tìm thấy đơn vị có mã “{unitCode}”.", $"No org unit has the code “{unitCode}”."));
        }

        MapLevel? mapLevel = string.IsNullOrWhiteSpace(level) ? (unit is null ? null : MapLevels.DefaultFor(unit.Kind)) : MapLevels.Parse(level);
        if (!string.IsNullOrWhiteSpace(level) && mapLevel is null)
        {
            problems.Add(new("level", $"Cấp bản đồ “{level}” không hợp lệ: chọn “district” (huyện) hoặc “commune” (xã).",
                $"“{level}” is not a map level: use “district” or “commune”."));
        }
        else if (unit is not null && (mapLevel is null || !MapLevels.Fits(unit.Kind, mapLevel.Value)))
        {
            problems.Add(new("level", $"“{unit.NameVi}” không có đơn vị cấp {(mapLevel == MapLevel.District ? "huyện" : "dưới")} để tô màu trên bản đồ.",
                $"“{unit.NameEn}” has no {(mapLevel == MapLevel.District ? "districts" : "smaller areas")} to colour on a map."));
        }

        var year = lastYear;
        if (!string.IsNullOrWhiteSpace(period) && !(int.TryParse(period.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year >= firstYear && year <= lastYear))
        {
            problems.Add(new("period", $"Kỳ “{period}” không hợp lệ: chọn một năm từ {firstYear} đến {lastYear}.",
                $"“{period}” is not a period of the map: choose a year from {firstYear} to {lastYear}."));
        }

        return problems.Count > 0 || indicator is null || unit is null || mapLevel is null
            ? (null, problems)
            : (new MapRequest(indicator, unit, mapLevel.Value, year, firstYear, lastYear), problems);
    }
}
