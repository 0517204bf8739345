using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;

namespace HealthDashboard.Data.Tests.Jobs;

public class DataQualityStoreTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task FindsNegativesNumeratorsAboveDenominatorsAndOutliersAndNothingElse(string provider)
    {
        await using var data = await JobsTestData.CreateAsync(provider);
        var values = new List<RawValue>
        {
            data.Value("BEDS", "C1_TYT", "2024", -5),
            data.Value("HI_INSURED", "C1_TYT", "202401", 90), data.Value("POP", "C1_TYT", "202401", 100),
            data.Value("HI_INSURED", "C1_TYT", "202402", 120), data.Value("POP", "C1_TYT", "202402", 100),
            // Infant deaths above births in a month are possible: a per-mille rate is not checked.
            data.Value("DEATHS_U1", "C1_TYT", "202402", 2), data.Value("LIVE_BIRTHS", "C1_TYT", "202402", 1),
        };
        // 24 months near 100 with one at 1,000: an outlier. Five months with a jump: too few to judge.
        values.AddRange(Enumerable.Range(0, 24).Select(i => data.Value("PC_VISITS", "C2_TYT", $"{2022 + i / 12}{i % 12 + 1:00}", i == 17 ? 1000 : 100 + i % 3)));
        values.AddRange(Enumerable.Range(1, 5).Select(m => data.Value("PC_VISITS", "C1_TYT", $"2023{m:00}", m == 5 ? 5000 : 10)));
        await data.WriteAsync([.. values]);
        var store = new DataQualityStore(data.Db.Database);
        var steps = new List<double>();

        var found = await store.RebuildAsync(RatioPair.From(data.Catalog), new SyncProgress(steps.Add));
        var findings = await store.FindingsAsync();

        Assert.Equal(3, found);
        var negative = Assert.Single(findings, f => f.CheckCode == DataQualityCheck.Negative);
        Assert.Equal((data.ElementId("BEDS"), data.Units["C1_TYT"], "2024", -5.0), (negative.DataElementId, negative.OrgUnitId, negative.Period, negative.Value));
        var ratio = Assert.Single(findings, f => f.CheckCode == DataQualityCheck.NumeratorAboveDenominator);
        Assert.Equal(("HI_COV", "202402", 120.0, (double?)100), (ratio.IndicatorCode, ratio.Period, ratio.Value, ratio.Reference));
        var outlier = Assert.Single(findings, f => f.CheckCode == DataQualityCheck.Outlier);
        Assert.Equal((data.Units["C2_TYT"], "202306", 1000.0), (outlier.OrgUnitId, outlier.Period, outlier.Value));
        Assert.InRange(outlier.Reference!.Value, 130, 140);
        Assert.Equal(steps.Order(), steps);
        Assert.Equal(0.95, steps[^1]);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task RunningAgainReplacesTheFindings(string provider)
    {
        await using var data = await JobsTestData.CreateAsync(provider);
        await data.WriteAsync(data.Value("BEDS", "C1_TYT", "2024", -5), data.Value("BEDS", "C2_TYT", "2024", -1));
        var store = new DataQualityStore(data.Db.Database);

        await store.RebuildAsync([], null);
        var again = await store.RebuildAsync([], null);

        Assert.Equal(2, again);
        Assert.Equal(2, (await store.FindingsAsync(DataQualityCheck.Negative)).Count);
    }

    [Fact]
    public void RatioPairsArePercentagesOfOneElementOverOne()
    {
        var catalog = CatalogLoader.LoadEmbedded();
        var codes = RatioPair.From(catalog with { Elements = catalog.Elements.Select((e, i) => e with { Id = i + 1 }).ToList() })
            .Select(p => p.IndicatorCode).ToList();

        Assert.Contains("HI_COV", codes);
        Assert.Contains("EPI_FULL", codes);
        Assert.DoesNotContain("IMR", codes);
        Assert.DoesNotContain("NAT_GROWTH", codes);
        Assert.DoesNotContain("VISITS_PC", codes);
        Assert.DoesNotContain("BEDS_10K", codes);
    }

    // Progress<T> posts to the thread pool; the steps must be seen in the order they were reported.
    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
