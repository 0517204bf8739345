using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HealthDashboard.Web.Tests.Security;

/// <summary>
/// Every query parameter of every page and endpoint in the authorization matrix, given SQL-looking text: nothing fails
/// (no 500), and no table changes. Values reach the database only as parameters, so this is what must hold.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class SqlLookingInputTests(SeededAppFixture app)
{
    private static readonly string[] Attacks =
    [
        "'; DROP TABLE data_value; --",
        "1 OR 1=1",
        "AG' OR '1'='1",
        "\" UNION SELECT password_hash FROM app_user --",
        "%' ESCAPE '",
    ];

    [Fact]
    public async Task SqlLookingTextInAnyQueryParameterChangesNothingAndFailsNothing()
    {
        using var person = await app.Factory.CreateSignedInClientAsync();
        using var machine = await app.Factory.CreateApiClientAsync();
        var before = await CountsAsync();
        var wrong = new List<string>();
        var requests = 0;

        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Method == "GET" && r.Path.Contains('?')))
        {
            var (path, query) = (row.Path[..row.Path.IndexOf('?')], row.Path[(row.Path.IndexOf('?') + 1)..].Split('&'));
            for (var i = 0; i < query.Length; i++)
            {
                foreach (var attack in Attacks)
                {
                    var parts = query.ToArray();
                    parts[i] = parts[i][..(parts[i].IndexOf('=') + 1)] + Uri.EscapeDataString(attack);
                    var url = path + "?" + string.Join('&', parts);
                    var client = path.StartsWith("/api/", StringComparison.Ordinal) ? machine : person;
                    using var response = await client.GetAsync(url);
                    requests++;
                    var body = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode >= 500 || body.Contains("Exception", StringComparison.Ordinal))
                    {
                        wrong.Add($"{url}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                    }
                }
            }
        }

        Assert.True(requests > 50, $"only {requests} requests were made");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(long Values, long Units, long Users, long Keys)> CountsAsync()
    {
        await using var context = app.Database.Context();
        return (await context.DataValues.LongCountAsync(), await context.OrgUnits.LongCountAsync(),
            await context.Users.LongCountAsync(u => !u.Disabled), await context.ApiKeys.LongCountAsync(k => k.RevokedAt == null));
    }
}
