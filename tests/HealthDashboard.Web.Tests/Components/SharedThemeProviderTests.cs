using Bunit;
using HealthDashboard.Web.Components.Theme;
using MudBlazor;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>The wall's theme provider writes what MudBlazor's writes, with one copy of the markup for all circuits.</summary>
public sealed class SharedThemeProviderTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task ItRendersExactlyWhatMudThemeProviderRenders(bool dark, bool defaultScrollbar)
    {
        await using var context = ComponentContext.Create();

        var mud = context.Render<MudThemeProvider>(p => p
            .Add(c => c.Theme, AppThemes.Wall).Add(c => c.IsDarkMode, dark).Add(c => c.DefaultScrollbar, defaultScrollbar));
        var shared = context.Render<SharedThemeProvider>(p => p
            .Add(c => c.Theme, AppThemes.Wall).Add(c => c.IsDarkMode, dark).Add(c => c.DefaultScrollbar, defaultScrollbar));

        Assert.Contains("--mud-palette-primary", shared.Markup, StringComparison.Ordinal);
        Assert.Equal(mud.Markup, shared.Markup);
    }

    [Fact]
    public async Task OnceOneCircuitHasRenderedTheWallThemeTheOthersWriteItsMarkupWithoutAProviderOfTheirOwn()
    {
        await using var context = ComponentContext.Create();

        var mud = context.Render<MudThemeProvider>(p => p
            .Add(c => c.Theme, AppThemes.Wall).Add(c => c.IsDarkMode, true).Add(c => c.ObserveSystemDarkModeChange, false));
        context.Render<SharedTheme>(p => p.Add(c => c.Theme, AppThemes.Wall).Add(c => c.IsDarkMode, true));
        var later = context.Render<SharedTheme>(p => p.Add(c => c.Theme, AppThemes.Wall).Add(c => c.IsDarkMode, true));

        Assert.Equal(mud.Markup, later.Markup);
        Assert.Empty(later.FindComponents<MudThemeProvider>());
        // A theme no circuit has rendered yet still goes through a provider.
        var fresh = context.Render<SharedTheme>(p => p.Add(c => c.Theme, new MudTheme()).Add(c => c.IsDarkMode, true));
        Assert.Single(fresh.FindComponents<MudThemeProvider>());
    }

    [Fact]
    public void EqualMarkupFromTwoCircuitsIsOneString()
    {
        var first = new string('a', 3) + "<style>:root{}</style>";
        var second = new string('a', 3) + "<style>:root{}</style>";

        Assert.NotSame(first, second);
        Assert.Same(SharedThemeProvider.SharedCopy(first), SharedThemeProvider.SharedCopy(second));
    }
}
