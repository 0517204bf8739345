using System.Globalization;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Wall;

namespace HealthDashboard.Web.Tests.Features.Wall;

/// <summary>A wall tile's markup: Vietnamese written as letters (not entities), anything markup-like as text.</summary>
public sealed class WallKpiTileHtmlTests
{
    [Fact]
    public void VietnameseStaysLettersAndMarkupInANameIsEncoded()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        var indicator = new Indicator { Code = "IMR", NameVi = "Tỷ suất tử vong <b>trẻ</b> & \"sơ sinh\"", NameEn = "IMR", Unit = "‰", Direction = Direction.Down };
        var tile = new IndicatorTile(indicator, new IndicatorResult(12.5, null, null, false), 2025, null, null, [],
            new StatusAssessment(TargetStatus.Achieved, null, null));

        var html = new WallKpiTileHtml(new WallText(), new OverviewText()).Inner(tile).Value;

        Assert.Contains("Tỷ suất tử vong &lt;b&gt;trẻ&lt;/b&gt; &amp; &quot;sơ sinh&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }
}
