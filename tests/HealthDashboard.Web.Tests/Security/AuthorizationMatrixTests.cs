using System.Net;
using System.Text;
using HealthDashboard.Cli.Hub;
using HealthDashboard.Data.Security;
using HealthDashboard.Data.Wall;
using HealthDashboard.Domain.Wall;
using HealthDashboard.Web.Tests.Infrastructure;
using HealthDashboard.Web.Tests.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace HealthDashboard.Web.Tests.Security;

/// <summary>
/// Every page, API endpoint and hub method asked by everyone the app knows: no one, an admin, a leader, an officer of
/// An Giang's Long Xuyên and one of Kon Tum, the sample wall's kiosk, and API keys for An Giang (in scope) and Kon Tum
/// (out of scope). Each cell is asserted; a failure lists every cell that differs.
/// </summary>
[Collection(RealtimeAppCollection.Name)]
public sealed class AuthorizationMatrixTests(RealtimeAppFixture fixture) : IAsyncLifetime
{
    private const string Password = "Matrix-pass-2026";
    private readonly Dictionary<Who, Caller> _callers = [];

    // xUnit makes an instance per test: each gets its own users, on the one shared app.
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    public async Task InitializeAsync()
    {
        var database = fixture.Database;
        var app = fixture.App.BaseAddress;
        await new PlaylistStore(database).SaveAsync(new WallPlaylist(AuthorizationMatrix.OtherPlaylist, "Phòng họp 2", 20, [new WallSlide(WallSlideKind.Kpi, "KT")]));
        await TestCredentials.CreateUserAsync(database, "leader." + _suffix, AppRoles.Leader, null, Password);
        await TestCredentials.CreateUserAsync(database, "officer.ag." + _suffix, AppRoles.Officer, "AG_LXU", Password);
        await TestCredentials.CreateUserAsync(database, "officer.kt." + _suffix, AppRoles.Officer, "KT", Password);

        _callers[Who.Anonymous] = new Caller(Who.Anonymous, app);
        _callers[Who.Admin] = await SignedInAsync(Who.Admin, TestCredentials.AdminUser, TestCredentials.AdminPassword);
        _callers[Who.Leader] = await SignedInAsync(Who.Leader, "leader." + _suffix, Password);
        _callers[Who.OfficerIn] = await SignedInAsync(Who.OfficerIn, "officer.ag." + _suffix, Password);
        _callers[Who.OfficerOut] = await SignedInAsync(Who.OfficerOut, "officer.kt." + _suffix, Password);

        var (_, kioskSecret) = await new KioskTokenStore(database).CreateAsync("matrix wall", AuthorizationMatrix.OwnPlaylist, null, "tests");
        var kiosk = new Caller(Who.Kiosk, app);
        using (var landing = await kiosk.Http.GetAsync("/kiosk/" + kioskSecret))
        {
            Assert.Equal("/wall/" + AuthorizationMatrix.OwnPlaylist, landing.Headers.Location?.ToString());
        }

        _callers[Who.Kiosk] = kiosk;
        _callers[Who.KeyIn] = new Caller(Who.KeyIn, app, await TestCredentials.CreateApiKeyAsync(database, "AG", "matrix AG"));
        _callers[Who.KeyOut] = new Caller(Who.KeyOut, app, await TestCredentials.CreateApiKeyAsync(database, "KT", "matrix KT"));
    }

    [Fact]
    public async Task EveryPageAndEndpointAllowsExactlyWhomItShould()
    {
        var wrong = new List<string>();
        var cells = 0;
        foreach (var row in AuthorizationMatrix.Rows)
        {
            foreach (var (who, caller) in _callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path);
                if (row.JsonBody is not null)
                {
                    request.Content = new StringContent(row.JsonBody, Encoding.UTF8, "application/json");
                }
                else if (row.Form)
                {
                    request.Content = new MultipartFormDataContent
                    {
                        { new StringContent("yes"), "confirm" },
                        { new ByteArrayContent("data_element,org_unit,period,value\n"u8.ToArray()), "file", "matrix.csv" },
                    };
                }

                using var response = await caller.Http.SendAsync(request);
                var expected = row.Allowed.Contains(who);
                var allowed = IsAllowed(response);
                cells++;
                if ((int)response.StatusCode >= 500 || (int)response.StatusCode == 429 || allowed != expected)
                {
                    wrong.Add($"{row} as {who}: expected {(expected ? "allowed" : "denied")}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cells} cells differ:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task HubMethodsHoldEachCallerToWhatItMaySee()
    {
        var wrong = new List<string>();
        // (method, unit) → who may: people see everything; a kiosk its playlist's units (An Giang and below); a key its subtree.
        var cases = new (string Method, string Unit, Who[] Allowed)[]
        {
            ("Subscribe", "AG_LXU", [.. AuthorizationMatrix.People, Who.Kiosk, Who.KeyIn]),
            ("Subscribe", "KT", [.. AuthorizationMatrix.People, Who.KeyOut]),
            ("Unsubscribe", "AG_LXU", [.. AuthorizationMatrix.AnyClient]),
        };

        foreach (var (who, caller) in _callers)
        {
            HubConnection client;
            try
            {
                client = await IndicatorsHubConnection.ConnectAsync(fixture.App.BaseAddress, caller.ApiKey, cookies: caller.Cookies);
            }
            catch (System.Net.WebSockets.WebSocketException) when (who == Who.Anonymous)
            {
                continue; // No sign-in, no connection: the door (negotiate) row of the other test says the same over HTTP.
            }

            await using (client)
            {
                if (who == Who.Anonymous)
                {
                    wrong.Add("an anonymous client could connect to the hub");
                    continue;
                }

                foreach (var (method, unit, allowedWho) in cases)
                {
                    var allowed = true;
                    try
                    {
                        await client.InvokeAsync(method, "HI_COV", unit).WaitAsync(TimeSpan.FromSeconds(10));
                    }
                    catch (HubException)
                    {
                        allowed = false;
                    }

                    if (allowed != allowedWho.Contains(who))
                    {
                        wrong.Add($"{method}(HI_COV, {unit}) as {who}: expected {(allowedWho.Contains(who) ? "allowed" : "denied")}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static bool IsAllowed(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return false;
        }

        var location = response.Headers.Location?.ToString() ?? "";
        return !((int)response.StatusCode is >= 300 and < 400
            && (location.Contains("/account/login", StringComparison.Ordinal) || location.Contains("/account/denied", StringComparison.Ordinal)
                || location.Contains("/kiosk/ended", StringComparison.Ordinal)));
    }

    private async Task<Caller> SignedInAsync(Who who, string userName, string password)
    {
        var caller = new Caller(who, fixture.App.BaseAddress);
        await FormSignIn.SignInAsync(caller.Http, userName, password);
        return caller;
    }

    public Task DisposeAsync()
    {
        foreach (var caller in _callers.Values)
        {
            caller.Dispose();
        }

        return Task.CompletedTask;
    }
}
