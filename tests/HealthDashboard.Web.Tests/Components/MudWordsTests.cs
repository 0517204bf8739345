using Bunit;
using MudBlazor;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>MudBlazor's own labels (read aloud by screen readers) follow the page's language through our localizer.</summary>
public sealed class MudWordsTests
{
    [Theory]
    [InlineData("vi-VN", "Sắp xếp", true)]
    [InlineData("en-US", "Sort", false)]
    public async Task TheGridsSortButtonAndTheCalendarsButtonSpeakThePagesLanguage(string culture, string sort, bool vietnameseCalendar)
    {
        await using var context = ComponentContext.Create(culture);

        var grid = context.Render<MudDataGrid<string>>(p => p
            .Add(g => g.Items, ["a", "b"])
            .Add(g => g.Columns, builder =>
            {
                builder.OpenComponent<PropertyColumn<string, string>>(0);
                builder.AddAttribute(1, nameof(PropertyColumn<string, string>.Property), (System.Linq.Expressions.Expression<Func<string, string>>)(s => s));
                builder.AddAttribute(2, nameof(PropertyColumn<string, string>.Title), "x");
                builder.CloseComponent();
            }));
        var picker = context.Render<MudDatePicker>();

        Assert.Equal(sort, grid.Find("th button.sort-direction-icon").GetAttribute("aria-label"));
        Assert.Equal(vietnameseCalendar, picker.FindAll("button").Any(b => b.GetAttribute("aria-label") == "Mở lịch"));
    }
}
