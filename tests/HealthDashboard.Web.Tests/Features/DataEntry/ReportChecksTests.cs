using System.Globalization;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.DataEntry;

namespace HealthDashboard.Web.Tests.Features.DataEntry;

public class ReportChecksTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly IndicatorCatalog Catalog = CatalogLoader.LoadEmbedded();
    private static readonly Period October = Period.Month(2026, 10);

    [Theory]
    [InlineData("1.234", 1234.0, null)]
    [InlineData(" 12 ", 12.0, null)]
    [InlineData("", null, null)]
    [InlineData("-3", null, "Không được âm.")]
    [InlineData("12,5", null, "Phải là số nguyên.")]
    [InlineData("mười", null, "'mười' không phải là số.")]
    [InlineData("10.001", null, "LIVE_BIRTHS nhận giá trị từ 0 đến 10.000, không phải 10.001.")]
    public void ACountIsReadTheVietnameseWayAndWhatIsWrongIsSaid(string text, double? value, string? problem)
    {
        var (parsed, found) = ReportValueParser.Parse(text, Catalog.Element("LIVE_BIRTHS")!, Vietnamese);
        Assert.Equal(value, parsed);
        Assert.Equal(problem, found?.Vi);
    }

    [Theory]
    [InlineData("vi-VN", "1.000.000.000.000.000", "LIVE_BIRTHS nhận giá trị từ 0 đến 10.000, không phải 1.000.000.000.000.000.")]
    [InlineData("en-US", "1,000,000,000,000,000", "LIVE_BIRTHS takes values from 0 to 10,000, not 1,000,000,000,000,000.")]
    public void ANumberBeyondTheElementsRangeIsRefusedBesideTheFieldNamingTheRangeInThePersonsLanguage(string culture, string text, string problem)
    {
        var (parsed, found) = ReportValueParser.Parse(text, Catalog.Element("LIVE_BIRTHS")!, CultureInfo.GetCultureInfo(culture));

        Assert.Null(parsed);
        Assert.Equal(problem, culture == "vi-VN" ? found?.Vi : found?.En);
    }

    [Fact]
    public void ANonZeroNumberThatWouldBeStoredAsZeroIsRefusedButZeroIsNot()
    {
        var tiny = "0," + new string('0', 400) + "1";

        var (parsed, found) = ReportValueParser.Parse(tiny, Catalog.Element("STAT_OOP")!, Vietnamese);
        var (zero, none) = ReportValueParser.Parse("0,000", Catalog.Element("STAT_OOP")!, Vietnamese);

        Assert.Null(parsed);
        Assert.Contains("quá gần 0", found?.Vi, StringComparison.Ordinal);
        Assert.Equal(0.0, zero);
        Assert.Null(none);
    }

    [Fact]
    public void APartAboveItsWholeIsFlaggedOnThePartWithBothNumbers()
    {
        var fields = new[] { Field("U1_TARGET", "9"), Field("U1_FULL_IMM", "14") };
        ReportChecks.Run(fields, Vietnamese);

        Assert.Null(fields[0].Problem);
        Assert.Equal("Trẻ tiêm chủng đầy đủ không được nhiều hơn trẻ dưới 1 tuổi (14 > 9).", fields[1].Problem?.Vi);
        Assert.False(ReportChecks.CanSave(fields));
    }

    [Fact]
    public void AnUnusualNewValueNeedsANoteButAnUsualOneAndAnUnchangedOneDoNot()
    {
        double[] history = [10, 12, 11, 9, 13, 10, 11, 12];
        var unusual = Field("LIVE_BIRTHS", "60", saved: 11, history: history);
        var usual = Field("DEATHS", "12", saved: 11, history: history);
        var untouched = Field("DELIVERIES", "60", saved: 60, history: history);
        var fields = new[] { unusual, usual, untouched };

        ReportChecks.Run(fields, Vietnamese);
        Assert.Equal((true, false, false), (unusual.NeedsComment, usual.NeedsComment, untouched.NeedsComment));
        Assert.False(ReportChecks.CanSave(fields));

        unusual.Comment = "Bệnh viện huyện chuyển sản phụ về trạm";
        ReportChecks.Run(fields, Vietnamese);
        Assert.True(ReportChecks.CanSave(fields));
    }

    [Fact]
    public void EmptyingAStoredValueMarksItForDeletionRatherThanForNoChangeOrAnError()
    {
        var emptied = Field("POP", " ", saved: 9_248);
        var neverStored = Field("DEATHS", "", saved: null);
        var unreadable = Field("LIVE_BIRTHS", "mười", saved: 12);
        ReportChecks.Run([emptied, neverStored, unreadable], Vietnamese);

        Assert.Equal((null, true, true), (emptied.Problem, emptied.WillDelete, emptied.IsChanged));
        Assert.Equal((false, false), (neverStored.WillDelete, neverStored.IsChanged));
        Assert.False(unreadable.WillDelete);
        Assert.True(ReportChecks.CanSave([emptied, neverStored]));
    }

    private static ReportField Field(string code, string text, double? saved = null, double[]? history = null) => new()
    {
        Element = Catalog.Element(code)!,
        Period = October,
        Saved = saved,
        Text = text,
        History = history ?? [],
    };
}
