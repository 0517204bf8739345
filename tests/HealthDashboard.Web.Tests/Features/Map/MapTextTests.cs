using HealthDashboard.Domain.Catalog;
using HealthDashboard.Web.Features.Map;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Features.Map;

public sealed class MapTextTests
{
    private static readonly Indicator Coverage = new() { Code = "HI_COV", NameVi = "BHYT", NameEn = "HI", Decimals = 1, Unit = "%" };

    public static TheoryData<string> TextProperties() =>
        new(typeof(MapText).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name));

    [Theory]
    [MemberData(nameof(TextProperties))]
    public void EveryTextHasAVietnameseAndAnEnglishWordingThatDiffer(string name)
    {
        var property = typeof(MapText).GetProperty(name)!;
        var text = new MapText();

        var (vietnamese, english) = (Cultures.In("vi-VN", () => (string)property.GetValue(text)!), Cultures.In("en-US", () => (string)property.GetValue(text)!));

        Assert.False(string.IsNullOrWhiteSpace(vietnamese) || string.IsNullOrWhiteSpace(english));
        Assert.NotEqual(vietnamese, english);
    }

    [Fact]
    public void QuantileLegendLinesUseTheDecimalCommaInVietnamese()
    {
        var text = new MapText();
        MapLegendEntry[] entries = [new("q0", "#000", 1, null, 85.2), new("q1", "#000", 1, 85.2, 90.15), new("q2", "#000", 1, 90.15, null)];

        Assert.Equal(["≤ 85,2%", "85,2 – 90,2%", "> 90,2%"], Cultures.In("vi-VN", () => entries.Select(e => text.LegendLabel(e, Coverage)).ToArray()));
        Assert.Equal(["≤ 85.2%", "85.2 – 90.2%", "> 90.2%"], Cultures.In("en-US", () => entries.Select(e => text.LegendLabel(e, Coverage)).ToArray()));
    }

    [Fact]
    public void StatusLegendLinesUseTheGlossaryTerms()
    {
        var text = new MapText();
        string[] keys = ["achieved", "on_track", "at_risk", "off_track", "no_data"];

        Assert.Equal(["Đạt", "Đúng tiến độ", "Có nguy cơ không đạt", "Chậm tiến độ", "Chưa có dữ liệu"],
            Cultures.In("vi-VN", () => keys.Select(k => text.LegendLabel(new MapLegendEntry(k, "#000", 0), Coverage)).ToArray()));
        Assert.Equal(["Achieved", "On track", "At risk", "Off track", "No data"],
            Cultures.In("en-US", () => keys.Select(k => text.LegendLabel(new MapLegendEntry(k, "#000", 0), Coverage)).ToArray()));
    }
}
