using Bunit;
using HealthDashboard.Data.Audit;
using HealthDashboard.Web.Features.Admin;
using HealthDashboard.Web.Features.Admin.Audit;
using HealthDashboard.Web.Tests.Features.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Components;

/// <summary>The audit table: actions, entities, details and channels in the page's language, the stored text on hover.</summary>
public sealed class AuditTableTests
{
    private static readonly AuditEntry[] Entries =
    [
        new()
        {
            Id = 7, At = new DateTime(2026, 3, 1, 3, 15, 0, DateTimeKind.Utc), Actor = "admin", Action = "user-update", Entity = "user",
            EntityKey = "can.bo.lxu", OldValue = "role=Leader", NewValue = "role=Officer", Via = "admin",
        },
        new()
        {
            Id = 8, At = new DateTime(2026, 3, 1, 4, 0, 0, DateTimeKind.Utc), Actor = "can.bo.lxu", Action = "update", Entity = "data_value",
            EntityKey = "PC_VISITS/AG_LXU_09_TYT/202602", OldValue = "7", NewValue = "8", Via = "form",
        },
    ];

    [Theory]
    [InlineData("vi-VN", "Sửa người dùng", "Người dùng", "vai trò: Lãnh đạo", "vai trò: Cán bộ y tế", "Trang quản trị", "Sửa số liệu", "Biểu mẫu báo cáo")]
    [InlineData("en-US", "User edited", "User", "role: Leader", "role: Health officer", "Admin page", "Value changed", "Report form")]
    public async Task RowsReadInThePageLanguage(string culture, string action, string entity, string old, string now, string via, string dataAction, string dataVia)
    {
        await using var context = Create(culture);

        var table = context.Render<AuditTable>(p => p.Add(t => t.Entries, Entries));

        var user = Cells(table, 7);
        Assert.Equal(["01/03/2026 10:15", "admin", action, entity, "can.bo.lxu", old, now, via], user.Select(c => c.TextContent.Trim()));
        var value = Cells(table, 8);
        Assert.Equal(dataAction, value[2].TextContent.Trim());
        Assert.Equal(["7", "8", dataVia], value.Skip(5).Select(c => c.TextContent.Trim()));
        // What is stored (and searched) stays one hover away.
        Assert.Equal(["user-update", "user", "can.bo.lxu", "role=Leader", "role=Officer", "admin"], user.Skip(2).Select(c => c.GetAttribute("title")));
    }

    [Fact]
    public async Task AnEmptyPageSaysSoInThePageLanguage()
    {
        await using var context = Create("en-US");

        var table = context.Render<AuditTable>(p => p.Add(t => t.Entries, []));

        Assert.Equal("No entry matches.", table.Find("tbody td").TextContent.Trim());
    }

    private static List<AngleSharp.Dom.IElement> Cells(IRenderedComponent<AuditTable> table, long id) =>
        [.. table.FindAll($"tr[data-id='{id}'] td")];

    private static BunitContext Create(string culture)
    {
        var context = ComponentContext.Create(culture);
        var clock = AuditWordingTests.Clock();
        context.Services.AddSingleton(clock);
        context.Services.AddSingleton(new AuditWording(clock));
        context.Services.AddSingleton<AuditText>();
        return context;
    }
}
