using System.Globalization;
using System.Net;
using System.Text.Json;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Realtime;
using HealthDashboard.Web.Tests.Import;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Aggregation;

/// <summary>
/// Whatever is stored (values written into the database by hand can be beyond any range), the engine never hands out
/// Infinity or NaN and <c>GET /api/aggregates</c> never answers 500: a total beyond what a double holds is no value.
/// </summary>
public sealed class AggregateOverflowTests(ImportAppsFixture apps) : IClassFixture<ImportAppsFixture>
{
    private static readonly int Year = DateTime.Today.Year - 1;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task HugeValuesStoredByHandGiveNoValueRatherThanInfinityOrA500(string provider)
    {
        var app = apps[provider];
        var (catalog, tree) = await CatalogAndTreeAsync(app);
        var (province, district) = (tree.Find("SYN_P001")!, tree.Find("SYN_P001_D01")!);
        // Two of them in one subtree sum to Infinity; one over a tiny denominator divides to it.
        await WriteByHandAsync(app, catalog,
            ("BUDGET_PREVENTIVE", province, 1.79e308), ("BUDGET_HEALTH", province, 1.79e308),
            ("BUDGET_PREVENTIVE", district, 1.79e308), ("BUDGET_HEALTH", district, 0.5));
        await app.Factory.Services.GetRequiredService<AggregationService>().RunFullAsync(null, default);
        using var api = await app.Factory.CreateApiClientAsync("SYN");

        foreach (var unit in new[] { "SYN", province.Code, district.Code })
        {
            using var response = await api.GetAsync($"/api/aggregates?indicator=PREV_BUDGET&orgUnit={unit}&period={Year}");
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{unit}: {(int)response.StatusCode} {body}");
            using var json = JsonDocument.Parse(body);
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("value").ValueKind);
            Assert.Equal("no_data", json.RootElement.GetProperty("status").GetString());
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TheLargestAllowedValuesEverywhereInAProvinceGiveFiniteAggregatesOnly(string provider)
    {
        var app = apps[provider];
        var (catalog, tree) = await CatalogAndTreeAsync(app);
        var province = tree.Find("SYN_P001")!;
        var units = tree.SubtreeOf(province).ToList();
        var everywhere = catalog.Elements
            .SelectMany(e => units.Where(u => e.IsReportedAt(u.Kind)).SelectMany(u => PeriodsOf(e.PeriodType).Select(p => (e, u, p))))
            .Select(k => new BatchValue(k.e.Id, k.u.Id, k.e.Code, k.u.Code, k.p, k.e.Range.Max)).ToList();
        await new DataValueBatchWriter(app.Database).WriteAsync(everywhere, "tests", "test", "tests");
        await app.Factory.Services.GetRequiredService<AggregationService>().RunFullAsync(null, default);

        var wrong = new List<string>();
        var values = 0;
        foreach (var indicator in catalog.Indicators)
        {
            // A key per indicator: each stays under the API's requests per minute.
            using var api = await app.Factory.CreateApiClientAsync("SYN");
            foreach (var unit in units.Append(tree.Find("SYN")!))
            {
                foreach (var period in new[] { Period.OfYear(Year), Period.Quarter(Year, 2), Period.Month(Year, 6) })
                {
                    using var response = await api.GetAsync($"/api/aggregates?indicator={indicator.Code}&orgUnit={unit.Code}&period={period}");
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        wrong.Add($"{indicator.Code} {unit.Code} {period}: {(int)response.StatusCode} {body}");
                        continue;
                    }

                    using var json = JsonDocument.Parse(body);
                    if (json.RootElement.GetProperty("value") is { ValueKind: JsonValueKind.Number } value)
                    {
                        values++;
                        Assert.True(double.IsFinite(value.GetDouble()));
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
        Assert.True(values > catalog.Indicators.Count * units.Count / 2, $"only {values} aggregates have a value");
        // Insured visits at their largest over visits at their largest.
        using var client = await app.Factory.CreateApiClientAsync("SYN");
        using var insured = await client.GetAsync($"/api/aggregates?indicator=INS_PRIMARY&orgUnit={province.Code}&period={Year}");
        Assert.Equal(100, JsonDocument.Parse(await insured.Content.ReadAsStringAsync()).RootElement.GetProperty("value").GetDouble(), 6);
    }

    private static async Task<(IndicatorCatalog, OrgUnitTree)> CatalogAndTreeAsync(ImportApp app) =>
        (await app.Factory.Services.GetRequiredService<CatalogCache>().CatalogAsync(), await app.Factory.Services.GetRequiredService<OrgUnitCache>().TreeAsync());

    private static Task WriteByHandAsync(ImportApp app, IndicatorCatalog catalog, params (string Element, OrgUnit Unit, double Value)[] values) =>
        new DataValueBatchWriter(app.Database).WriteAsync(values.Select(v =>
        {
            var element = catalog.Elements.Single(e => e.Code == v.Element);
            return new BatchValue(element.Id, v.Unit.Id, element.Code, v.Unit.Code, Period.OfYear(Year), v.Value);
        }).ToList(), "tests", "test", "tests");

    private static IEnumerable<Period> PeriodsOf(PeriodType type) => type switch
    {
        PeriodType.Month => Enumerable.Range(1, 12).Select(m => Period.Month(Year, m)),
        PeriodType.Quarter => Enumerable.Range(1, 4).Select(q => Period.Quarter(Year, q)),
        _ => [Period.OfYear(Year)],
    };
}
