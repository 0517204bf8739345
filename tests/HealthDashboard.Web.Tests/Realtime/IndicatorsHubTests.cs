using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Cli.Hub;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace HealthDashboard.Web.Tests.Realtime;

/// <summary>The hub driven by the SignalR .NET client, as the bench drives it, against the real app process.</summary>
[Collection(RealtimeAppCollection.Name)]
public sealed class IndicatorsHubTests(RealtimeAppFixture fixture)
{
    // Generous: these tests prove the change arrives, not how fast (docs/BENCHMARKS.md has the timings).
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ASubscriberReceivesTheChangeOfAPostedValueWithItsNumbers()
    {
        var station = new ChangeRecorder();
        var province = new ChangeRecorder();
        await using var stationClient = await IndicatorsHubConnection.ConnectAsync(fixture.App.BaseAddress, fixture.App.ApiKey, station.Record);
        await using var provinceClient = await IndicatorsHubConnection.ConnectAsync(fixture.App.BaseAddress, fixture.App.ApiKey, province.Record);
        await stationClient.SubscribeAsync("INS_PRIMARY", "AG_LXU_08_TYT");
        // Codes in any case reach the same group.
        await provinceClient.SubscribeAsync("ins_primary", "ag");
        var paidByInsurance = (await new DataValueStore(fixture.Database).GetAsync("PC_VISITS_INS", "AG_LXU_08_TYT", Period.Month(2022, 4)))?.Value
            ?? throw new InvalidOperationException("The sample has no insured visits for the station in 2022-04.");

        await SaveAsync("PC_VISITS", "AG_LXU_08_TYT", "202204", 7777);

        // The station's month: its own figures, the new denominator and the ratio that follows.
        var own = await station.WaitForAsync(c => c.Period == "202204" && c.Denominator == 7777, Arrival);
        Assert.Equal(("INS_PRIMARY", "AG_LXU_08_TYT"), (own.Indicator, own.OrgUnit));
        Assert.Equal(paidByInsurance, own.Numerator);
        Assert.Equal(paidByInsurance / 7777 * 100, own.Value!.Value, 9);
        // A month is not judged against a yearly target (its year is: below).
        Assert.Equal("not_judged", own.Status);
        // The province's month, quarter and year move with it, with the same snapshot version.
        var provincial = await province.WaitForAsync(c => c.Period == "202204" && c.Version == own.Version, Arrival);
        Assert.Equal(("INS_PRIMARY", "AG"), (provincial.Indicator, provincial.OrgUnit));
        await province.WaitForAsync(c => c.Period == "2022Q2" && c.Version == own.Version, Arrival);
        var year = await province.WaitForAsync(c => c.Period == "2022" && c.Version == own.Version, Arrival);
        Assert.Contains(year.Status, new[] { "achieved", "on_track", "at_risk", "off_track", "not_achieved", "no_data" });
        Assert.DoesNotContain(station.All, c => c.OrgUnit != "AG_LXU_08_TYT" || c.Indicator != "INS_PRIMARY");
    }

    [Fact]
    public async Task AfterUnsubscribingAClientGetsNothingMoreForThatGroup()
    {
        var leaving = new ChangeRecorder();
        var staying = new ChangeRecorder();
        await using var leavingClient = await IndicatorsHubConnection.ConnectAsync(fixture.App.BaseAddress, fixture.App.ApiKey, leaving.Record);
        await using var stayingClient = await IndicatorsHubConnection.ConnectAsync(fixture.App.BaseAddress, fixture.App.ApiKey, staying.Record);
        await leavingClient.SubscribeAsync("INS_PRIMARY", "AG_LXU_09_TYT");
        await stayingClient.SubscribeAsync("INS_PRIMARY", "AG_LXU_09_TYT");
        await SaveAsync("PC_VISITS", "AG_LXU_09_TYT", "202205", 5001);
        await leaving.WaitForAsync(c => c.Denominator == 5001, Arrival);
        await staying.WaitForAsync(c => c.Denominator == 5001, Arrival);

        await leavingClient.UnsubscribeAsync("ins_primary", "ag_lxu_09_tyt");
        await SaveAsync("PC_VISITS", "AG_LXU_09_TYT", "202205", 5002);

        await staying.WaitForAsync(c => c.Denominator == 5002, Arrival);
        // The answer to an invocation comes after everything sent to that connection before it: once this call returns,
        // a change broadcast to the leaving client together with the staying one would already be recorded.
        await leavingClient.SubscribeAsync("INS_PRIMARY", "AG_LXU_10_TYT");
        Assert.DoesNotContain(leaving.All, c => c.Denominator == 5002);
        Assert.True(leavingClient.State == HubConnectionState.Connected);
    }

    [Theory]
    [InlineData("NOPE", "AG", "indicator")]
    [InlineData("HI_COV", "NOPE", "org unit")]
    public async Task SubscribingToAnUnknownCodeIsRefusedWithTheReason(string indicator, string orgUnit, string says)
    {
        await using var client = await IndicatorsHubConnection.ConnectAsync(fixture.App.BaseAddress, fixture.App.ApiKey);

        var refused = await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync(indicator, orgUnit));

        Assert.Contains(says, refused.Message);
        Assert.True(client.State == HubConnectionState.Connected);
    }

    private async Task SaveAsync(string element, string orgUnit, string period, double value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dataValues")
        {
            Content = JsonContent.Create(new { dataElement = element, orgUnit, period, value }),
        };
        request.Headers.Add("X-Api-Key", fixture.App.ApiKey);
        using var response = await fixture.App.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
