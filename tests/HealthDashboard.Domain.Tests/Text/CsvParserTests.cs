using HealthDashboard.Domain.Text;

namespace HealthDashboard.Domain.Tests.Text;

public class CsvParserTests
{
    [Fact]
    public void ReadsQuotedCommasQuotesAndLineBreaks()
    {
        var text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n3,,\n";

        var records = CsvParser.Read(new StringReader(text)).ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"", "two\nlines"], records[1].Fields);
        Assert.Equal(["3", "", ""], records[2].Fields);
        Assert.Equal(4, records[2].Line);
    }

    [Fact]
    public void UnclosedQuoteIsAnErrorThatNamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => CsvParser.Read(new StringReader("a\n\"open,b\n")).ToList());

        Assert.Contains("Line 2", error.Message);
    }

    [Fact]
    public void WriterQuotesOnlyWhatNeedsQuotingAndRoundTrips()
    {
        var line = CsvFormat.Line("plain", "a,b", "q\"q", null, "");

        Assert.Equal("plain,\"a,b\",\"q\"\"q\",,", line);
        Assert.Equal(["plain", "a,b", "q\"q", "", ""], CsvParser.Read(new StringReader(line)).Single().Fields);
    }
}
