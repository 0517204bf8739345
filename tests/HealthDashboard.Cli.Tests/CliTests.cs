using HealthDashboard.Data.Tests;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Text;

namespace HealthDashboard.Cli.Tests;

public class CliTests
{
    private static Task<(int Code, string Output, string Error)> RunAsync(string[] args) => CliRunner.RunAsync(args);

    private static string[] DbArgs(string provider, TestDatabase db) => CliRunner.DbArgs(provider, db);

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("seed --provider oracle")]
    [InlineData("seed --provider postgres")]
    [InlineData("seed --db")]
    [InlineData("seed --colour blue")]
    [InlineData("generate")]
    [InlineData("generate --communes ten")]
    [InlineData("generate --communes 0")]
    [InlineData("generate --communes 10 --years 500")]
    [InlineData("catalog export --format xml")]
    [InlineData("export datavalues --format json")]
    [InlineData("seed --db x --db y")]
    [InlineData("export aggregates --format csv")]
    [InlineData("export aggregates --indicator IMR --period-type week")]
    [InlineData("bench recompute --runs 0")]
    [InlineData("bench recompute --sql maybe")]
    public async Task BadArgumentsPrintOneLineAndExitTwo(string commandLine)
    {
        var (code, output, error) = await RunAsync(commandLine.Split(' '));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task CatalogExportReproducesEveryTargetRowOfTheSpec(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var args = DbArgs(provider, db);
        Assert.Equal(0, (await RunAsync(["generate", "--communes", "3", "--years", "1", .. args])).Code);

        var (code, output, _) = await RunAsync(["catalog", "export", "--format", "csv", .. args]);

        Assert.Equal(0, code);
        Assert.Equal(Normalise(CatalogLoader.EmbeddedText("targets.csv")), Normalise(output));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ExportDataValuesPrintsEveryRawValue(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var args = DbArgs(provider, db);
        var (_, generated, _) = await RunAsync(["generate", "--communes", "2", "--years", "1", .. args]);

        var (code, output, _) = await RunAsync(["export", "datavalues", "--format", "csv", .. args]);

        var records = CsvParser.Read(new StringReader(output)).ToList();
        Assert.Equal(0, code);
        Assert.Equal(["data_element", "org_unit", "period", "value"], records[0].Fields);
        Assert.Contains($"\"values\":{records.Count - 1},", generated, StringComparison.Ordinal);
        Assert.Contains(records, r => r.Fields[0] == "LIVE_BIRTHS" && r.Fields[1] == "SYN_P001_D01_C01_TYT");
    }

    [Fact]
    public async Task GenerateRefusesToRunTwiceIntoOneDatabase()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var args = DbArgs(TestDatabase.Sqlite, db);
        await RunAsync(["generate", "--communes", "1", "--years", "1", .. args]);

        var (code, _, error) = await RunAsync(["generate", "--communes", "1", "--years", "1", .. args]);

        Assert.Equal(2, code);
        Assert.Contains("already holds synthetic data", error, StringComparison.Ordinal);
    }

    private static string Normalise(string csv) => csv.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
}
