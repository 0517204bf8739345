using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Trends;
using static HealthDashboard.Web.Localization.Bilingual;

namespace HealthDashboard.Web.Features.Status;

/// <summary>
/// Why a status is what it is, in one sentence: the value, the target with its year and plan, and for a year on the way
/// the roadmap's value for that year. Shown on hover or tap wherever a status is, so that none can be misread.
/// </summary>
public static class StatusReason
{
    /// <summary>
    /// What the status was measured against, in a few words for a table cell: the roadmap's value for the year, or the
    /// target (the plan's last one, said so, after its year).
    /// </summary>
    public static string? Against(StatusAssessment status, Indicator indicator, OverviewText numbers)
    {
        if (status.Target is not { } target)
        {
            return null;
        }

        if (status is { Expected: { } expected, Year: { } year })
        {
            return $"{numbers.PathFor(year)}: {ChartFormat.Value(numbers, indicator, expected)}";
        }

        var goal = Goal(target, indicator, numbers);
        return $"{numbers.TargetLabel(target, status.Basis)}: {goal}";
    }

    public static string? Of(StatusAssessment status, Indicator indicator, OverviewText numbers)
    {
        if (status is not { Target: { } target, Value: { } v, Year: { } year })
        {
            return null;
        }

        string Show(double x) => ChartFormat.Value(numbers, indicator, x);
        var goal = Goal(target, indicator, numbers);
        var name = PlanStatusText.Name(status.Status);
        if (status is { Status: TargetStatus.NotEnoughData, Interval: { } ci })
        {
            var range = $"{Show(ci.Low)} – {Show(ci.High)}";
            var held = status.Expected is { } path && ci.Holds(path)
                ? Pick($"giá trị lộ trình năm {year} ({Show(path)})", $"the path's value for {year} ({Show(path)})")
                : Pick($"mục tiêu {target.Year} {goal}", $"the {target.Year} target {goal}");
            return Pick(
                $"{name}: giá trị năm {year} ({Show(v)}) dựa trên ít sự kiện; khoảng tin cậy 95 % {range} chứa {held} (kế hoạch {target.PlanCode}), nên chưa nói được là đạt hay không.",
                $"{name}: the value in {year} ({Show(v)}) rests on few events; its 95 % interval {range} holds {held} (plan {target.PlanCode}), so it cannot say which side it is on.");
        }

        return status.Basis switch
        {
            StatusBasis.TargetYear => Pick(
                $"{name}: năm {year} là năm mục tiêu; giá trị {Show(v)} so với mục tiêu {goal} (kế hoạch {target.PlanCode}).",
                $"{name}: {year} is the target year; the value {Show(v)} against the target {goal} (plan {target.PlanCode})."),
            StatusBasis.AfterLastTarget => Pick(
                $"{name}: kế hoạch {target.PlanCode} có mục tiêu cuối cùng cho năm {target.Year} ({goal}); giá trị năm {year}: {Show(v)}.",
                $"{name}: plan {target.PlanCode} sets its last target for {target.Year} ({goal}); the value in {year}: {Show(v)}."),
            StatusBasis.MetEarly => Pick(
                $"{name}: giá trị năm {year} ({Show(v)}) đã đạt mục tiêu {target.Year} {goal} (kế hoạch {target.PlanCode}).",
                $"{name}: the value in {year} ({Show(v)}) already meets the {target.Year} target {goal} (plan {target.PlanCode})."),
            StatusBasis.Roadmap when status.Expected is { } expected => Pick(
                $"{name}: giá trị năm {year} là {Show(v)}; lộ trình đến mục tiêu {target.Year} {goal} (kế hoạch {target.PlanCode}) cần {Show(expected)} năm {year}.",
                $"{name}: the value in {year} is {Show(v)}; the path to the {target.Year} target {goal} (plan {target.PlanCode}) needs {Show(expected)} in {year}."),
            _ => Pick(
                $"{name}: giá trị năm {year} ({Show(v)}) chưa đạt mục tiêu {target.Year} {goal} (kế hoạch {target.PlanCode}); kế hoạch không có mốc ban đầu để vẽ lộ trình.",
                $"{name}: the value in {year} ({Show(v)}) does not meet the {target.Year} target {goal} (plan {target.PlanCode}); the plan has no baseline to draw a path from."),
        };
    }

    /// <summary>A target as the tiles write it: "≥ 95%", "≤ 10‰" (as the plan sets it, no added decimals).</summary>
    private static string Goal(Target target, Indicator indicator, OverviewText numbers) =>
        $"{ComparatorSymbols.ToDisplay(target.Comparator)} {numbers.Amount(target.Value)}{ChartFormat.UnitSuffix(numbers, indicator)}";
}
