using System.Globalization;
using System.Text.Json;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.OrgUnits;
using HealthDashboard.Data.Tests;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Text;

namespace HealthDashboard.Cli.Tests;

public class AggregateCommandsTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task RecomputeReadsEveryRawValueAndNumbersEachSnapshotAfterTheLast(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var args = CliRunner.DbArgs(provider, db);
        var (_, generated, _) = await CliRunner.RunAsync(["generate", "--communes", "3", "--years", "1", .. args]);

        var first = await RunJsonAsync(["recompute", .. args]);
        var second = await RunJsonAsync(["recompute", .. args]);

        Assert.Equal(JsonDocument.Parse(generated).RootElement.GetProperty("values").GetInt64(), first.GetProperty("rawValues").GetInt64());
        Assert.Equal(1, first.GetProperty("version").GetInt64());
        Assert.Equal(2, second.GetProperty("version").GetInt64());
        Assert.True(first.GetProperty("aggregates").GetInt64() > first.GetProperty("rawValues").GetInt64());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task ExportAggregatesAgreesWithTheCalculatorOverEachSubtree(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var args = CliRunner.DbArgs(provider, db);
        await CliRunner.RunAsync(["generate", "--communes", "4", "--years", "1", .. args]);

        var (code, output, _) = await CliRunner.RunAsync(["export", "aggregates", "--indicator", "IMR", "--period-type", "quarter", "--format", "csv", .. args]);

        Assert.Equal(0, code);
        var records = CsvParser.Read(new StringReader(output)).ToList();
        Assert.Equal(["indicator", "org_unit", "period", "numerator", "denominator", "value"], records[0].Fields);
        var tree = await new OrgUnitStore(db.Database).TreeAsync();
        var catalog = await new CatalogStore(db.Database).LoadAsync();
        var elements = catalog.Elements.ToDictionary(e => e.Code);
        var imr = catalog.Indicator("IMR")!;
        Assert.True(records.Count > 10);
        foreach (var row in records.Skip(1))
        {
            var unit = tree.Find(row.Fields[1])!;
            var period = Period.Parse(row.Fields[2]);
            var values = await new DataValueStore(db.Database).SubtreeAsync(unit.Path, period, period);
            var expected = IndicatorCalculator.Compute(imr, elements, unit, values, period);
            Assert.Equal(expected.Numerator, Number(row.Fields[3]));
            Assert.Equal(expected.Denominator, Number(row.Fields[4]));
            Assert.Equal(expected.Value, Number(row.Fields[5]));
        }
    }

    [Fact]
    public async Task BenchRecomputeEndsWithJsonAndTheSqlRebuildProducesTheSameAggregates()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var (code, output, _) = await CliRunner.RunAsync(["bench", "recompute", "--communes", "5", "--years", "1", "--runs", "1", .. CliRunner.DbArgs(TestDatabase.Sqlite, db)]);

        Assert.Equal(0, code);
        var last = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;
        Assert.True(last.GetProperty("values").GetInt64() > 0);
        Assert.Equal(last.GetProperty("aggregates").GetInt64(), last.GetProperty("sql_rows").GetInt64());
        Assert.True(last.GetProperty("engine_ms").GetDouble() > 0);
        Assert.True(last.GetProperty("ratio").GetDouble() > 0);
    }

    [Fact]
    public async Task ExportingAnUnknownIndicatorNamesTheKnownOnes()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var (code, _, error) = await CliRunner.RunAsync(["export", "aggregates", "--indicator", "NOPE", .. CliRunner.DbArgs(TestDatabase.Sqlite, db)]);

        Assert.Equal(2, code);
        Assert.Contains("no indicator 'NOPE'", error, StringComparison.Ordinal);
        Assert.Contains("IMR", error, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> RunJsonAsync(string[] args)
    {
        var (code, output, error) = await CliRunner.RunAsync(args);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    private static double? Number(string text) => text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);
}
