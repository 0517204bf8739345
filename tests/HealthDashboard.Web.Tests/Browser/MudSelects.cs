using Microsoft.Playwright;

namespace HealthDashboard.Web.Tests.Browser;

/// <summary>
/// Chooses in a MudSelect as a user does: open the combobox inside the element that carries the test id, then click
/// the option by its visible text in the open popover (MudBlazor renders the list there, not as native options).
/// </summary>
internal static class MudSelects
{
    public static Task PickAsync(IPage page, string testId, string optionText) => PickAsync(page.Locator("body"), testId, optionText);

    /// <summary>The same, for a select inside one part of the page (a card among several with the same test ids).</summary>
    public static async Task PickAsync(ILocator within, string testId, string optionText)
    {
        var page = within.Page;
        await within.Locator($"[data-testid='{testId}'] [role='combobox']").ClickAsync();
        await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = optionText, Exact = true }).ClickAsync();
        // The popover closes after the choice; waiting for it keeps the next click from landing on the closing list.
        await Assertions.Expect(page.Locator(".mud-popover-open [role='option']")).ToHaveCountAsync(0);
    }

    /// <summary>The text the closed select shows (its chosen option).</summary>
    public static ILocator Shown(IPage page, string testId) => page.Locator($"[data-testid='{testId}'] [role='combobox']");
}
