using Bunit;
using HealthDashboard.Web.Features.Units;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>The sidebar's unit tree on MudBlazor's tree view: open branches only, the shown unit selected, names in the reader's language.</summary>
public sealed class UnitTreeTests
{
    [Fact]
    public async Task OnlyTheOpenBranchesRenderTheirChildren()
    {
        await using var context = ComponentContext.Create();
        var tree = SampleUnits.Tree();
        var expanded = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "VN", "AG" };

        var rendered = context.Render(TreeOf(tree, expanded, current: null));

        Assert.Equal(["VN", "AG", "AG_CDO", "AG_LXU"], Codes(rendered)); // children in Vietnamese alphabetical order
        // Long Xuyên has a child but is folded: it offers to open, and its commune is not on the page at all.
        Assert.NotNull(rendered.Find("li[data-code='AG_LXU'] .mud-treeview-item-arrow button"));
        Assert.Empty(rendered.FindAll("li[data-code='AG_LXU_01']"));
    }

    [Fact]
    public async Task OpeningABranchRendersItsChildrenAndRemembersIt()
    {
        await using var context = ComponentContext.Create();
        var tree = SampleUnits.Tree();
        var expanded = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "VN", "AG" };
        var rendered = context.Render(TreeOf(tree, expanded, current: null));

        await rendered.Find("li[data-code='AG_LXU'] .mud-treeview-item-arrow button").ClickAsync(new());

        Assert.Contains("AG_LXU", expanded);
        rendered.WaitForAssertion(() => Assert.Contains("AG_LXU_01", Codes(rendered)));
    }

    [Fact]
    public async Task TheShownUnitIsSelectedAndNamesFollowTheLanguage()
    {
        await using var context = ComponentContext.Create("en-US");
        var tree = SampleUnits.Tree();
        var expanded = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "VN", "AG", "AG_LXU" };

        var rendered = context.Render(TreeOf(tree, expanded, current: "AG_LXU"));

        var selected = rendered.FindAll(".mud-treeview-item-selected").Select(e => e.Closest("li")?.GetAttribute("data-code")).ToList();
        Assert.Equal(["AG_LXU"], selected);
        Assert.Contains("Long Xuyen City", rendered.Find("li[data-code='AG_LXU']").TextContent, StringComparison.Ordinal);
    }

    // The items as OrgUnitTreeView hosts them: inside a single-selection MudTreeView whose value is the shown unit.
    private static RenderFragment TreeOf(HealthDashboard.Domain.OrgUnits.OrgUnitTree tree, HashSet<string> expanded, string? current) => builder =>
    {
        builder.OpenComponent<MudTreeView<string>>(0);
        builder.AddAttribute(1, nameof(MudTreeView<string>.SelectionMode), SelectionMode.SingleSelection);
        builder.AddAttribute(2, nameof(MudTreeView<string>.SelectedValue), current);
        builder.AddAttribute(3, nameof(MudTreeView<string>.ChildContent), (RenderFragment)(items =>
        {
            items.OpenComponent<OrgUnitTreeItems>(0);
            items.AddAttribute(1, nameof(OrgUnitTreeItems.Units), tree.Roots);
            items.AddAttribute(2, nameof(OrgUnitTreeItems.Tree), tree);
            items.AddAttribute(3, nameof(OrgUnitTreeItems.Expanded), expanded);
            items.AddAttribute(4, nameof(OrgUnitTreeItems.CurrentCode), current);
            items.CloseComponent();
        }));
        builder.CloseComponent();
    };

    private static List<string?> Codes(IRenderedComponent<IComponent> rendered) =>
        rendered.FindAll("li[data-code]").Select(e => e.GetAttribute("data-code")).ToList();
}
