using Bunit;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.DataEntry;
using HealthDashboard.Web.Jobs;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>One row of the monthly report: its label, period, last month's value, the input, and what is wrong beside it.</summary>
public sealed class ReportFieldRowTests
{
    private static readonly DataElement LiveBirths = new()
    {
        Id = 1, Code = "LIVE_BIRTHS", NameVi = "Số trẻ đẻ sống", NameEn = "Live births",
        Aggregation = AggregationType.Sum, PeriodType = PeriodType.Month,
    };

    [Fact]
    public async Task ARowShowsItsPeriodLastMonthsValueInVietnameseAndTheTypedValueReachesTheFormOnChange()
    {
        await using var context = Context();
        var field = new ReportField { Element = LiveBirths, Period = Period.Month(2026, 3), Previous = 1234.5, Text = "12" };
        var changes = 0;

        var row = context.Render<ReportFieldRow>(p => p.Add(r => r.Field, field).Add(r => r.Changed, EventCallback.Factory.Create(this, () => changes++)));

        Assert.Equal("Số trẻ đẻ sống", row.Find("th label").TextContent);
        Assert.Equal("f-LIVE_BIRTHS", row.Find("th label").GetAttribute("for"));
        Assert.Equal("1.234,5", row.Find("td[data-label='Kỳ trước']").TextContent);
        Assert.Null(row.Find("input#f-LIVE_BIRTHS").GetAttribute("aria-invalid"));

        await row.Find("input#f-LIVE_BIRTHS").ChangeAsync(new ChangeEventArgs { Value = "15" });

        Assert.Equal("15", field.Text);
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task AProblemMarksTheInputInvalidAndSaysWhyBesideItInThePagesLanguage()
    {
        await using var context = Context("en-US");
        var field = new ReportField { Element = LiveBirths, Period = Period.Month(2026, 3), Text = "-3" };
        field.Problem = ("Giá trị không được âm.", "The value cannot be negative.");

        var row = context.Render<ReportFieldRow>(p => p.Add(r => r.Field, field));

        var input = row.Find("input#f-LIVE_BIRTHS");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("f-LIVE_BIRTHS-msg", input.GetAttribute("aria-describedby"));
        Assert.Equal("The value cannot be negative.", row.Find("#f-LIVE_BIRTHS-msg").TextContent);
        Assert.Contains("invalid", row.Find("tr").ClassList);
    }

    private static BunitContext Context(string culture = "vi-VN")
    {
        var context = ComponentContext.Create(culture);
        context.Services.AddSingleton(Options());
        context.Services.AddSingleton<ReportText>();
        return context;
    }

    private static IOptions<JobsOptions> Options() => Microsoft.Extensions.Options.Options.Create(new JobsOptions());
}
