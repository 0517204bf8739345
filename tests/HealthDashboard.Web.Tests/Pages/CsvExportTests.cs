using System.Globalization;
using System.Text;
using HealthDashboard.Web.Features.Export;

namespace HealthDashboard.Web.Tests.Pages;

public sealed class CsvExportTests
{
    [Theory]
    [InlineData("=SUM(1)", "'=SUM(1)")]
    [InlineData("+84 912", "'+84 912")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("Phường Mỹ Bình", "Phường Mỹ Bình")]
    public void TextCellsAreDefusedAndQuoted(string text, string expected) => Assert.Equal(expected, CsvExport.Cell(text));

    [Fact]
    public void NumbersKeepAnInvariantDecimalPointWhateverTheCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            Assert.Equal("1234.5", CsvExport.Cell(1234.5));
            Assert.Equal("-2.25", CsvExport.Cell(-2.25)); // a number, not text: no quote mark
            Assert.Equal("", CsvExport.Cell(null));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void TheFileIsUtf8WithAByteOrderMarkAndCrlfLines()
    {
        var table = new ExportTable("t", ["Đơn vị", "Giá trị"], [["Xã Mỹ Khánh", 12.5], ["=SUM(1)", null]]);

        var bytes = CsvExport.Write(table);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Đơn vị,Giá trị\r\nXã Mỹ Khánh,12.5\r\n'=SUM(1),\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
