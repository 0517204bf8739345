using Bunit;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;
using HealthDashboard.Web.Features.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>The overview's plan, year, period and months-counted filters on MudSelect: the shown choice comes from the address, a choice goes into it.</summary>
public sealed class OverviewFiltersTests
{
    private static readonly IReadOnlyList<Plan> Plans =
        [new Plan { Code = "AG-2025", NameVi = "Kế hoạch An Giang", NameEn = "An Giang plan" }];

    // 4 December 2026: November's reports are due on the 5th, so figures count through October by default.
    private static readonly ReportingCalendar December = new(new DateOnly(2026, 12, 4), 5);

    [Fact]
    public async Task EachSelectShowsTheFiltersChoiceOrItsAllChoice()
    {
        await using var context = ComponentContext.Create();

        var filters = context.Render<OverviewFilters>(p => p
            .Add(f => f.Filter, new OverviewFilter("AG-2025", 2023, PeriodType.Quarter, Arriving: true)).Add(f => f.Plans, Plans).Add(f => f.LastYear, 2026)
            .Add(f => f.Calendar, December));
        var none = context.Render<OverviewFilters>(p => p.Add(f => f.Filter, OverviewFilter.None).Add(f => f.Plans, Plans).Add(f => f.LastYear, 2026)
            .Add(f => f.Calendar, December));

        Assert.Equal("AG-2025 — Kế hoạch An Giang", Shown(filters, "filter-plan"));
        Assert.Equal("2023", Shown(filters, "filter-year"));
        Assert.Equal("Theo quý", Shown(filters, "filter-period-type"));
        Assert.Equal("Tháng 12/2026 (gồm tháng đang báo cáo)", Shown(filters, "filter-arriving"));
        Assert.Equal(["Tất cả kế hoạch", "Năm gần nhất", "Theo năm", "Tháng 10/2026 (đã hết hạn báo cáo)"],
            new[] { "filter-plan", "filter-year", "filter-period-type", "filter-arriving" }.Select(id => Shown(none, id)));
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
            builder.AddAttribute(5, nameof(OverviewFilters.Calendar), December);
            builder.CloseComponent();
        });

        await PickAsync(page, "filter-year", "2024");
        Assert.EndsWith("/units/AG?plan=AG-2025&year=2024", navigation.Uri, StringComparison.Ordinal);
        await PickAsync(page, "filter-arriving", "Tháng 12/2026 (gồm tháng đang báo cáo)");
        Assert.EndsWith("/units/AG?plan=AG-2025&year=2024&arriving=1", navigation.Uri, StringComparison.Ordinal);
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
