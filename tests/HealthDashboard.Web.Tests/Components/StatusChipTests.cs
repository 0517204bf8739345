using Bunit;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>Status chips and the unit breadcrumb: never colour alone, links up the tree, the reader's language.</summary>
public sealed class StatusChipTests
{
    [Theory]
    [InlineData(TargetStatus.Achieved, "achieved", "Đạt")]
    [InlineData(TargetStatus.OffTrack, "off-track", "Chậm tiến độ")]
    [InlineData(TargetStatus.NotAchieved, "not-achieved", "Không đạt")]
    [InlineData(TargetStatus.NoData, "no-data", "Chưa có dữ liệu")]
    public async Task AChipHasAnIconAndAWordBesideItsColour(TargetStatus status, string css, string word)
    {
        await using var context = ComponentContext.Create();

        var chip = context.Render<StatusChip>(p => p.Add(c => c.Status, status).Add(c => c.Count, 3));

        var span = chip.Find($"span.hd-chip.hd-chip-{css}");
        Assert.Equal(css, span.GetAttribute("data-status"));
        Assert.NotNull(span.QuerySelector("svg.mud-icon-root path, svg.mud-icon-root g"));
        Assert.Equal("3", span.QuerySelector(".hd-chip-count")!.TextContent);
        Assert.EndsWith(word, span.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChipWithAReasonCanBeFocusedOrTappedAndDescribesItself()
    {
        await using var context = ComponentContext.Create();
        const string Reason = "Không đạt: năm 2025 là năm mục tiêu; giá trị 13,2‰ so với mục tiêu ≤ 12,5‰ (kế hoạch AG-NQ20).";

        var chip = context.Render<StatusChip>(p => p.Add(c => c.Status, TargetStatus.NotAchieved).Add(c => c.Reason, Reason));

        var span = chip.Find(".hd-chip-why span.hd-chip");
        Assert.Equal(("0", Reason), (span.GetAttribute("tabindex"), span.GetAttribute("aria-description")));
        // A summary's counting chip has no reason, and is no stop for the keyboard.
        var counting = context.Render<StatusChip>(p => p.Add(c => c.Status, TargetStatus.Achieved).Add(c => c.Count, 2));
        Assert.Null(counting.Find("span.hd-chip").GetAttribute("tabindex"));
    }

    [Fact]
    public async Task NoTargetMeansNoChip()
    {
        await using var context = ComponentContext.Create();

        var chip = context.Render<StatusChip>(p => p.Add(c => c.Status, TargetStatus.Achieved).Add(c => c.HasTarget, false));

        Assert.Empty(chip.FindAll(".hd-chip"));
    }

    [Fact]
    public async Task TheBreadcrumbLinksEveryAncestorAndEndsOnTheUnitItself()
    {
        await using var context = ComponentContext.Create("en-US");

        var crumbs = context.Render<UnitBreadcrumb>(p => p
            .Add(c => c.Unit, SampleUnits.District)
            .Add(c => c.Ancestors, [SampleUnits.Country, SampleUnits.Province]));

        var links = crumbs.FindAll(".hd-breadcrumb li:not(.mud-disabled) a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Viet Nam", "/units/VN"), ("An Giang", "/units/AG")], links);
        // The unit itself is the current page: marked so, and disabled rather than a link to itself.
        Assert.Equal("Long Xuyen City", crumbs.Find(".hd-breadcrumb li.mud-disabled [aria-current='page']").TextContent.Trim());
    }
}
