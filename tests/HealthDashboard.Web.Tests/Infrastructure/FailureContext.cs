using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>
/// A browser step that fails only on a loaded CI machine is a riddle without what the page showed and what the app
/// logged: this puts both into the failure's message.
/// </summary>
public static class FailureContext
{
    public static async Task ExplainAsync(IPage page, WebAppProcess web, string selector, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            var shown = await page.Locator(selector).First.EvaluateAsync<string>("el => el.outerHTML", null).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(not readable)", TaskScheduler.Default);
            throw new InvalidOperationException(
                $"{failure.Message}\n--- {selector} at {page.Url} ---\n{Shorten(shown)}\n--- the app's log ---\n{web.Output}", failure);
        }
    }

    private static string Shorten(string html) => html.Length <= 4000 ? html : html[..4000] + "…";
}
