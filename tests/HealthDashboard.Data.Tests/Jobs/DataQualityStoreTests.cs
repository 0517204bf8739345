using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Data.Tests.Jobs;

public class DataQualityStoreTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task FindsBrokenPairRulesNegativesAndOutliersAndNothingElse(string provider)
    {
        await using var data = await JobsTestData.CreateAsync(provider);
        var values = new List<RawValue>
        {
            data.Value("BEDS", "C1_TYT", "2024", -5),
            data.Value("U1_FULL_IMM", "C1_TYT", "202401", 90), data.Value("U1_TARGET", "C1_TYT", "202401", 100),
            data.Value("U1_FULL_IMM", "C1_TYT", "202402", 120), data.Value("U1_TARGET", "C1_TYT", "202402", 100),
            // A part without its whole breaks nothing; infant deaths above births in a month are possible.
            data.Value("U1_FULL_IMM", "C1_TYT", "202403", 500),
            data.Value("DEATHS_U1", "C1_TYT", "202402", 2), data.Value("LIVE_BIRTHS", "C1_TYT", "202402", 1),
            // A percentage no pair rule names: private beds above all beds.
            data.Value("BEDS", "C2_TYT", "2024", 6),
            data.Value("BEDS_PRIVATE", "C2_TYT", "2024", 7),
        };
        // 24 months near 100 with one at 1,000: an outlier. Five months with a jump: too few to judge. A yes/no flag
        // and the report flags are never scored.
        values.AddRange(Enumerable.Range(0, 24).Select(i => data.Value("PC_VISITS", "C2_TYT", $"{2022 + i / 12}{i % 12 + 1:00}", i == 17 ? 1000 : 100 + i % 3)));
        values.AddRange(Enumerable.Range(1, 5).Select(m => data.Value("PC_VISITS", "C1_TYT", $"2023{m:00}", m == 5 ? 5000 : 10)));
        values.AddRange(Enumerable.Range(1, 12).Select(m => data.Value("STATION_MIDWIFE", "C1_TYT", $"2022{m:00}", m == 12 ? 0 : 1)));
        values.AddRange(Enumerable.Range(1, 12).Select(m => data.Value("REPORT_DONE", "C1_TYT", $"2022{m:00}", m == 12 ? 0 : 1)));
        await data.WriteAsync([.. values]);
        var store = new DataQualityStore(data.Db.Database);
        var steps = new List<double>();

        var found = await store.RebuildAsync(PartWholePair.From(data.Catalog), OutlierElements(data.Catalog), new SyncProgress(steps.Add));
        var findings = (await new DataQualityFollowUpStore(data.Db.Database).QueryAsync(new DataQualityQuery { Limit = 100 })).Rows;

        Assert.Equal(4, found);
        var negative = Assert.Single(findings, f => f.CheckCode == DataQualityCheck.Negative);
        Assert.Equal(("BEDS", "C1_TYT", "2024", -5.0), (negative.ElementCode, negative.UnitCode, negative.Period, negative.Value));
        var pair = Assert.Single(findings, f => f.CheckCode == DataQualityCheck.PairRule);
        Assert.Equal(("IMM_FULL_LE_U1", "U1_FULL_IMM", "U1_TARGET", "202402", 120.0, (double?)100), (pair.RuleCode, pair.ElementCode, pair.ReferenceElementCode, pair.Period, pair.Value, pair.Reference));
        var ratio = Assert.Single(findings, f => f.CheckCode == DataQualityCheck.Ratio);
        Assert.Equal(("PRIVATE_BEDS", "C2_TYT", 7.0, (double?)6), (ratio.RuleCode, ratio.UnitCode, ratio.Value, ratio.Reference));
        var outlier = Assert.Single(findings, f => f.CheckCode == DataQualityCheck.Outlier);
        Assert.Equal(("C2_TYT", "202306", 1000.0, (double?)101), (outlier.UnitCode, outlier.Period, outlier.Value, outlier.Reference));
        Assert.True(outlier.Score > 3.5);
        Assert.Equal(steps.Order(), steps);
        Assert.Equal(0.95, steps[^1]);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task AResolutionSurvivesARebuildAndLetsGoWhenTheValueChanges(string provider)
    {
        await using var data = await JobsTestData.CreateAsync(provider);
        await data.WriteAsync(data.Value("BEDS", "C1_TYT", "2024", -5), data.Value("BEDS", "C2_TYT", "2024", -1),
            data.Value("PREG_TT", "C1_TYT", "202405", 12), data.Value("PREG", "C1_TYT", "202405", 10));
        var store = new DataQualityStore(data.Db.Database);
        var followUps = new DataQualityFollowUpStore(data.Db.Database);
        var pairs = PartWholePair.From(data.Catalog);
        await store.RebuildAsync(pairs, new HashSet<long>(), null);
        var all = (await followUps.QueryAsync(new DataQualityQuery())).Rows;
        var c1 = all.Single(f => f.UnitCode == "C1_TYT" && f.CheckCode == DataQualityCheck.Negative);
        var pair = all.Single(f => f.CheckCode == DataQualityCheck.PairRule);

        Assert.True(await followUps.ResolveAsync(c1.Id, "officer", "Nhập nhầm dấu, đã báo trạm sửa"));
        Assert.True(await followUps.ResolveAsync(pair.Id, "officer", "Checked"));
        Assert.False(await followUps.ResolveAsync(-1, "officer", "No such finding"));
        await store.RebuildAsync(pairs, new HashSet<long>(), null);
        var kept = await followUps.QueryAsync(new DataQualityQuery { Resolved = true });

        Assert.Equal(2, kept.Total);
        var resolved = kept.Rows.Single(f => f.CheckCode == DataQualityCheck.Negative);
        Assert.Equal(("C1_TYT", "officer", "Nhập nhầm dấu, đã báo trạm sửa"), (resolved.UnitCode, resolved.ResolvedBy, resolved.Note));
        Assert.NotNull(resolved.ResolvedAt);
        Assert.Equal("C2_TYT", Assert.Single((await followUps.QueryAsync(new DataQualityQuery { Resolved = false })).Rows).UnitCode);

        // The negative value is changed to another wrong one, and the pair's whole moves: both are new findings, open.
        await using (var context = data.Db.Database.Context())
        {
            long beds = data.ElementId("BEDS"), pregnancies = data.ElementId("PREG"), unitC1 = data.Units["C1_TYT"];
            await context.Database.ExecuteSqlAsync($"UPDATE data_value SET value = -6 WHERE data_element_id = {beds} AND org_unit_id = {unitC1}");
            await context.Database.ExecuteSqlAsync($"UPDATE data_value SET value = 11 WHERE data_element_id = {pregnancies} AND org_unit_id = {unitC1}");
        }

        await store.RebuildAsync(pairs, new HashSet<long>(), null);

        Assert.Equal(0, (await followUps.QueryAsync(new DataQualityQuery { Resolved = true })).Total);
        var open = (await followUps.QueryAsync(new DataQualityQuery { Resolved = false })).Rows;
        Assert.Equal(3, open.Count);
        Assert.Contains(open, f => f.UnitCode == "C1_TYT" && f.Value == -6);
        Assert.Contains(open, f => f.CheckCode == DataQualityCheck.PairRule && f.Reference == 11);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task TheListFiltersBySubtreeRulePeriodAndPages(string provider)
    {
        await using var data = await JobsTestData.CreateAsync(provider);
        await data.WriteAsync(
            data.Value("PREG_TT", "C1_TYT", "202405", 12), data.Value("PREG", "C1_TYT", "202405", 10),
            data.Value("PREG_TT", "C2_TYT", "202401", 12), data.Value("PREG", "C2_TYT", "202401", 10),
            data.Value("BEDS", "C1_TYT", "2024", -5), data.Value("DRUGS_AVAILABLE", "C1_TYT", "2024Q2", 9), data.Value("DRUGS_LISTED", "C1_TYT", "2024Q2", 8));
        await new DataQualityStore(data.Db.Database).RebuildAsync(PartWholePair.From(data.Catalog), new HashSet<long>(), null);
        var followUps = new DataQualityFollowUpStore(data.Db.Database);
        var c1Path = await PathAsync(data, "C1");

        var inC1 = await followUps.QueryAsync(new DataQualityQuery { UnitPath = c1Path });
        var rule = await followUps.QueryAsync(new DataQualityQuery { CheckCode = DataQualityCheck.PairRule, RuleCode = "TT_LE_PREG" });
        // Periods are placed by their first month: the year 2024 (202401) is before February, the quarter (202404) inside.
        var months = await followUps.QueryAsync(new DataQualityQuery { FromMonth = "202402", ToMonth = "202406" });
        var page = await followUps.QueryAsync(new DataQualityQuery { Limit = 2, Offset = 2 });

        Assert.Equal(3, inC1.Total);
        Assert.All(inC1.Rows, f => Assert.Equal("C1_TYT", f.UnitCode));
        Assert.Equal(["C1_TYT", "C2_TYT"], rule.Rows.Select(f => f.UnitCode).Order().ToList());
        Assert.Equal(["202405", "2024Q2"], months.Rows.Select(f => f.Period).ToList()); // Latest first.
        Assert.Equal((4L, 2), (page.Total, page.Rows.Count));
    }

    [Fact]
    public void PairsAreTheFormsRulesThenPercentagesNoChainOfRulesCovers()
    {
        var catalog = CatalogLoader.LoadEmbedded();
        var pairs = PartWholePair.From(catalog with { Elements = catalog.Elements.Select((e, i) => e with { Id = i + 1 }).ToList() });
        var ratios = pairs.Where(p => p.CheckCode == DataQualityCheck.Ratio).Select(p => p.RuleCode).ToList();

        Assert.Contains(pairs, p => p.RuleCode == "INSURED_LE_POP");
        Assert.Contains("PRIVATE_BEDS", ratios);
        Assert.DoesNotContain("HI_COV", ratios); // INSURED_LE_POP says it.
        Assert.DoesNotContain("ANC4", ratios); // ANC4 ≤ ANC3 ≤ deliveries.
        Assert.DoesNotContain("REPORT_TIMELINESS", ratios); // on time ≤ done ≤ due.
        Assert.DoesNotContain("IMR", ratios);
        Assert.DoesNotContain("VISITS_PC", ratios);
    }

    private static IReadOnlySet<long> OutlierElements(IndicatorCatalog catalog) => catalog.Elements
        .Where(e => e.ValueType != ElementValueType.Boolean && !e.Code.StartsWith("REPORT_", StringComparison.Ordinal))
        .Select(e => e.Id).ToHashSet();

    private static async Task<string> PathAsync(JobsTestData data, string code)
    {
        await using var context = data.Db.Database.Context();
        return await context.OrgUnits.Where(u => u.Code == code).Select(u => u.Path).SingleOrDefaultAsync() ?? "";
    }

    // Progress<T> posts to the thread pool; the steps must be seen in the order they were reported.
    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
