using Bunit;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>The overview's plan, year and period filters on MudSelect: the shown choice comes from the address, a choice goes into it.</summary>
public sealed class OverviewFiltersTests
{
    private static readonly IReadOnlyList<Plan> Plans =
        [new Plan { Code = "AG-2025", NameVi = "Kế hoạch An Giang", NameEn = "An Giang plan" }];

    [Fact]
    public async Task EachSelectShowsTheFiltersChoiceOrItsAllChoice()
    {
        await using var context = ComponentContext.Create();

        var filters = context.Render<OverviewFilters>(p => p
            .Add(f => f.Filter, new OverviewFilter("AG-2025", 2023, PeriodType.Quarter)).Add(f => f.Plans, Plans).Add(f => f.LastYear, 2026));
        var none = context.Render<OverviewFilters>(p => p.Add(f => f.Filter, OverviewFilter.None).Add(f => f.Plans, Plans).Add(f => f.LastYear, 2026));

        Assert.Equal("AG-2025 — Kế hoạch An Giang", Shown(filters, "filter-plan"));
        Assert.Equal("2023", Shown(filters, "filter-year"));
        Assert.Equal("Theo quý", Shown(filters, "filter-period-type"));
        Assert.Equal(["Tất cả kế hoạch", "Năm gần nhất", "Theo năm"], new[] { "filter-plan", "filter-year", "filter-period-type" }.Select(id => Shown(none, id)));
    }

    [Fact]
    public async Task PickingAYearPutsItIntoTheAddressBesideThePlanAlreadyThere()
    {
        await using var context = ComponentContext.Create();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/units/AG?plan=AG-2025");
        var page = context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<OverviewFilters>(1);
            builder.AddAttribute(2, nameof(OverviewFilters.Filter), new OverviewFilter("AG-2025", null, PeriodType.Year));
            builder.AddAttribute(3, nameof(OverviewFilters.Plans), Plans);
            builder.AddAttribute(4, nameof(OverviewFilters.LastYear), 2026);
            builder.CloseComponent();
        });

        await PickAsync(page, "filter-year", "2024");
        Assert.EndsWith("/units/AG?plan=AG-2025&year=2024", navigation.Uri, StringComparison.Ordinal);
    }

    private static string Shown(IRenderedComponent<OverviewFilters> filters, string testId) =>
        filters.Find($"[data-testid='{testId}'] [role='combobox']").TextContent.Trim();

    private static async Task PickAsync(IRenderedComponent<IComponent> page, string testId, string text)
    {
        // MudSelect opens on a mouse press on its input control, as in the browser.
        var select = page.FindAll($"[data-testid='{testId}'] *").First(e => e.HasAttribute("blazor:onmousedown"));
        await select.MouseDownAsync(new());
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[role='option']")));
        await page.FindAll("[role='option']").Single(o => o.TextContent.Trim() == text).ClickAsync(new());
    }
}
