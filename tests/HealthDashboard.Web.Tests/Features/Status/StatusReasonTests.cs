using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Status;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Features.Status;

/// <summary>Every status says what it was judged against: the value, the target with its year and plan, the roadmap's value.</summary>
public sealed class StatusReasonTests
{
    private static readonly Indicator Coverage = new() { Code = "HI_COV", NameVi = "BHYT", NameEn = "HI", Decimals = 1, Unit = "%" };

    // Long Xuyên's coverage: ≥ 90 % by 2020, ≥ 95 % by 2025 in AG-NQ20; 99 % reached in 2020.
    private static readonly Target[] Plan = [T(2020, Comparator.AtLeast, 90), T(2025, Comparator.AtLeast, 95)];

    [Fact]
    public void OnTheWayTheReasonNamesTheRoadmapsValueForTheYear()
    {
        var status = TargetStatusEvaluator.Evaluate(Direction.Up, Plan, 2023, 94, year => year == 2020 ? 99 : null);

        Assert.Equal("Có nguy cơ không đạt: giá trị năm 2023 là 94,0%; lộ trình đến mục tiêu 2025 ≥ 95% (kế hoạch AG-NQ20) cần 95,0% năm 2023.",
            InVietnamese(() => StatusReason.Of(status, Coverage, new OverviewText())));
        Assert.Equal("Lộ trình năm 2023: 95,0%", InVietnamese(() => StatusReason.Against(status, Coverage, new OverviewText())));
    }

    [Fact]
    public void AfterThePlansLastTargetYearTheReasonSaysWhichTargetWasTheLast()
    {
        var status = TargetStatusEvaluator.Evaluate(Direction.Up, Plan, 2026, 93.5, _ => null);

        Assert.Equal("Không đạt: kế hoạch AG-NQ20 có mục tiêu cuối cùng cho năm 2025 (≥ 95%); giá trị năm 2026: 93,5%.",
            InVietnamese(() => StatusReason.Of(status, Coverage, new OverviewText())));
        Assert.Equal("Mục tiêu cuối của kế hoạch (2025): ≥ 95%", InVietnamese(() => StatusReason.Against(status, Coverage, new OverviewText())));
    }

    [Fact]
    public void InTheTargetYearTheReasonSaysSoInEnglishToo()
    {
        var status = TargetStatusEvaluator.Evaluate(Direction.Up, Plan, 2020, 89.9, _ => null);

        Assert.Equal("Not achieved: 2020 is the target year; the value 89.9% against the target ≥ 90% (plan AG-NQ20).",
            Cultures.In("en-US", () => StatusReason.Of(status, Coverage, new OverviewText())));
    }

    [Fact]
    public void NotEnoughDataSaysTheIntervalAndWhatItHolds()
    {
        var imr = new Indicator { Code = "IMR", NameVi = "IMR", NameEn = "IMR", Decimals = 1, Unit = "‰", Direction = Direction.Down };
        Target[] plan = [T(2025, Comparator.AtMost, 12.5) with { IndicatorCode = "IMR" }];
        // 2 deaths in 222 births: 9,0 ‰, Wilson 2,5 … 32,2 ‰, which holds 12,5 ‰.
        var status = TargetStatusEvaluator.Evaluate(Direction.Down, plan, 2025, 9.0, _ => null, new Domain.Aggregation.Interval(2.47, 32.23));

        Assert.Equal("Chưa đủ số liệu để kết luận: giá trị năm 2025 (9,0‰) dựa trên ít sự kiện; khoảng tin cậy 95 % 2,5‰ – 32,2‰ chứa mục tiêu 2025 ≤ 12,5‰ (kế hoạch AG-NQ20), nên chưa nói được là đạt hay không.",
            InVietnamese(() => StatusReason.Of(status, imr, new OverviewText())));
    }

    [Fact]
    public void NoValueOrNoTargetHasNoReason()
    {
        Assert.Null(StatusReason.Of(StatusAssessment.NoData, Coverage, new OverviewText()));
        Assert.Null(StatusReason.Against(StatusAssessment.NoData, Coverage, new OverviewText()));
    }

    private static string? InVietnamese(Func<string?> read) => Cultures.In("vi-VN", read);

    private static Target T(int year, Comparator comparator, double value) => new()
    {
        PlanCode = "AG-NQ20", OrgUnitCode = "AG", OrgUnitLabel = "An Giang", IndicatorCode = "HI_COV", Year = year, Comparator = comparator, Value = value,
    };
}
