using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Features.DataValues;
using HealthDashboard.Web.Tests.Import;

namespace HealthDashboard.Web.Tests.Api;

/// <summary>
/// The API refuses what the catalog rules out, on both engines, naming the rule, and stores nothing: a value outside its
/// element's range, a number that would be stored as something else than written, a value at a kind of unit the
/// element is not reported at.
/// </summary>
public sealed class ValueLimitsApiTests(ImportAppsFixture apps) : IClassFixture<ImportAppsFixture>
{
    private const string Station = "SYN_P001_D01_C01_TYT";
    private static readonly string Year = (DateTime.Today.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string June = Year + "06";

    public static TheoryData<string, string, string, string, string, string> OutOfRange => new()
    {
        { "sqlite", "PC_VISITS", Station, June, "1e15", "PC_VISITS takes values from 0 to 100,000, not 1e15." },
        { "postgres", "PC_VISITS", Station, June, "1e15", "PC_VISITS takes values from 0 to 100,000, not 1e15." },
        { "sqlite", "PC_VISITS", Station, June, "1.79e308", "PC_VISITS takes values from 0 to 100,000, not 1.79e308." },
        { "postgres", "STAT_LE", "SYN_P001", Year, "300", "STAT_LE takes values from 20 to 100, not 300." },
        { "sqlite", "BUDGET_HEALTH", "SYN_P001", Year, "1e10", "BUDGET_HEALTH takes values from 0 to 1,000,000,000, not 1e10." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task AValueOutsideItsElementsRangeIsRefusedNamingTheRangeAndNothingIsStored(string provider, string element, string unit, string period,
        string value, string says)
    {
        var error = await RefusedAsync(provider, element, unit, period, value);

        Assert.Equal(("value", says), (error.Field, error.MessageEn));
        Assert.Contains("nhận giá trị từ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite", "1e-400")]
    [InlineData("postgres", "1e-400")]
    [InlineData("sqlite", "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001")]
    [InlineData("postgres", "5e-324")]
    public async Task ANonZeroNumberThatWouldBeStoredAsZeroIsRefused(string provider, string value)
    {
        var error = await RefusedAsync(provider, "STAT_OOP", "SYN_P001", Year, value);

        Assert.Equal("value", error.Field);
        Assert.Contains("too close to zero", error.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ZeroWrittenAnyWayIsAccepted(string provider)
    {
        var app = apps[provider];
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        // An element in no part ≤ whole rule: a zero of visits would break the stored insured visits' rule instead.
        var values = new[] { "0", "0.0", "0e5", "-0", "0.000e-400" }.Select((v, i) => new { dataElement = "OP_VISITS", orgUnit = Station, period = Year + "0" + (i + 1), value = v });

        using var response = await api.PostAsJsonAsync("/api/dataValueSets?dryRun=true", new { dataValues = values });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("sqlite", "PC_VISITS", "SYN_P001", "month", "PC_VISITS is reported at a commune health station only, not at SYN_P001 (a province).")]
    [InlineData("postgres", "PC_VISITS", "SYN_P001", "month", "PC_VISITS is reported at a commune health station only, not at SYN_P001 (a province).")]
    [InlineData("sqlite", "PC_VISITS", "SYN_P001_D01", "month", "PC_VISITS is reported at a commune health station only, not at SYN_P001_D01 (a district).")]
    [InlineData("postgres", "PC_VISITS", "SYN_P001_D01", "month", "PC_VISITS is reported at a commune health station only, not at SYN_P001_D01 (a district).")]
    [InlineData("sqlite", "BEDS", Station, "month", "BEDS is reported at a district health centre only, not at SYN_P001_D01_C01_TYT (a commune health station).")]
    [InlineData("postgres", "BEDS", Station, "month", "BEDS is reported at a district health centre only, not at SYN_P001_D01_C01_TYT (a commune health station).")]
    [InlineData("sqlite", "STAT_LE", "SYN_P001_D01", "year", "STAT_LE is reported at a province only, not at SYN_P001_D01 (a district).")]
    [InlineData("postgres", "STAT_LE", "SYN_P001_D01", "year", "STAT_LE is reported at a province only, not at SYN_P001_D01 (a district).")]
    [InlineData("sqlite", "DOCTORS", "SYN_P001_D01_C01", "month", "DOCTORS is reported at a commune health station or a district health centre only, not at SYN_P001_D01_C01 (a commune).")]
    public async Task AValueAtAKindOfUnitItsElementIsNotReportedAtIsRefusedNamingTheKindsAllowed(string provider, string element, string unit, string periodType,
        string says)
    {
        var error = await RefusedAsync(provider, element, unit, periodType == "year" ? Year : June, "70");

        Assert.Equal(("orgUnit", says), (error.Field, error.MessageEn));
        Assert.Contains("chỉ được báo cáo ở", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Posts one value, expects 400 with one error, and checks that nothing was written.</summary>
    private async Task<DataValueProblem> RefusedAsync(string provider, string element, string unit, string period, string value)
    {
        var app = apps[provider];
        using var api = await app.Factory.CreateApiClientAsync("SYN");
        var before = await app.CountAsync();

        using var response = await api.PostAsJsonAsync("/api/dataValues", new { dataElement = element, orgUnit = unit, period, value });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var failure = await response.Content.ReadFromJsonAsync<ApiValidationFailure>();
        Assert.Equal(before, await app.CountAsync());
        return Assert.Single(failure!.Errors);
    }
}
