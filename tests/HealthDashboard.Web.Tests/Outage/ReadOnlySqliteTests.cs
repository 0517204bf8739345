using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using HealthDashboard.Web.Api;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Outage;

/// <summary>
/// The SQLite file made read-only under the running app: for root too, which file modes do not stop, the file and its
/// write-ahead log are made immutable (<c>chattr +i</c>). Writes answer 503 saying the database cannot be written,
/// reads go on, and writing works again by itself once the file is writable.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class ReadOnlySqliteTests(SeededAppFixture app)
{
    [Fact]
    public async Task AReadOnlyFileAnswers503CannotBeWrittenEverywhereAndRecoversByItself()
    {
        using var copy = await app.CopyAsync();
        using var web = await WebAppProcess.StartAsync(copy.ConnectionString, TimeSpan.FromMinutes(3));
        using var api = new HttpClient { BaseAddress = web.BaseAddress };
        api.DefaultRequestHeaders.Add("X-Api-Key", web.ApiKey);
        using var officer = FormSignIn.NewCookieClient(web.BaseAddress);
        await FormSignIn.SignInAsync(officer, TestCredentials.AdminUser, TestCredentials.AdminPassword);
        var importForm = await officer.GetStringAsync("/import");
        // The key is looked up (and its use recorded) while the file is writable, as on a server that just went read-only.
        (await api.GetAsync("/api/orgUnits?parent=AG")).EnsureSuccessStatusCode();

        var files = new[] { copy.Path, copy.Path + "-wal" }.Where(File.Exists).ToArray();
        await ChattrAsync("+i", files);
        try
        {
            using var signIn = await FormSignIn.PostAsync(FormSignIn.NewCookieClient(web.BaseAddress), TestCredentials.AdminUser, TestCredentials.AdminPassword);
            await AssertPageSaysCannotBeWrittenAsync(signIn);
            using var upload = await DatabaseOutageTests.UploadAsync(officer, importForm, "AG_LXU_01_TYT");
            await AssertPageSaysCannotBeWrittenAsync(upload);
            using var write = await api.PostAsJsonAsync("/api/dataValues", new { dataElement = "DOCTORS", orgUnit = "AG_LXU_01_TYT", period = DatabaseOutageTests.LastMonth(), value = "7" });
            var body = await write.Content.ReadAsStringAsync();
            Assert.True(write.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)write.StatusCode}: {body}");
            var message = await write.Content.ReadFromJsonAsync<ApiMessage>();
            Assert.Contains("cannot be written", message!.MessageEn, StringComparison.Ordinal);
            Assert.Contains("Không ghi được", message.Message, StringComparison.Ordinal);
            using var read = await api.GetAsync("/api/orgUnits?parent=AG");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
        finally
        {
            await ChattrAsync("-i", files);
        }

        using var again = FormSignIn.NewCookieClient(web.BaseAddress);
        await FormSignIn.SignInAsync(again, TestCredentials.AdminUser, TestCredentials.AdminPassword);
        using var written = await api.PostAsJsonAsync("/api/dataValues", new { dataElement = "DOCTORS", orgUnit = "AG_LXU_01_TYT", period = DatabaseOutageTests.LastMonth(), value = "7" });
        Assert.True(written.IsSuccessStatusCode, await written.Content.ReadAsStringAsync());
    }

    private static async Task AssertPageSaysCannotBeWrittenAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Contains("cannot be written", body, StringComparison.Ordinal);
        Assert.Contains("Không ghi được", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private static async Task ChattrAsync(string flag, string[] files)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, .. files]) { RedirectStandardError = true, UseShellExecute = false })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"chattr {flag} needs root and a file system with immutable files (ext4, xfs, btrfs): {error}");
    }
}
