using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Data.Tests.Security;
using HealthDashboard.Web.Features.Admin.Users;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Security;

/// <summary>
/// Two admins edit the same user: the one who saves second, on a form opened before the first save, is told so and
/// saves nothing, instead of silently undoing the first one's change.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class UsersEditedTwiceTests(SeededAppFixture app)
{
    [Fact]
    public async Task TheSecondSaveOfAFormOpenedBeforeTheFirstIsRefusedWithWhy()
    {
        await TestCredentials.CreateUserAsync(app.Database, "twice.edited", AppRoles.Leader, null, "Twice-pass-2026");
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var actor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "another-admin"), new Claim(ClaimTypes.Name, "admin")], "test"));
        var user = (await service.ListAsync()).Single(u => u.UserName == "twice.edited");
        var first = UserEdit.From(user);
        var second = UserEdit.From(user);

        first.DisplayName = "First admin's name";
        Assert.True((await service.UpdateAsync(actor, first)).Succeeded);
        second.DisplayName = "Second admin's name";
        var refused = await service.UpdateAsync(actor, second);

        Assert.False(refused.Succeeded);
        Assert.Contains("changed while you were editing", refused.Problems.Single().English, StringComparison.Ordinal);
        Assert.Equal("First admin's name", (await TestUsers.FindAsync(app.Database, "twice.edited"))!.DisplayName);
        // A form opened after the first save saves.
        var reopened = UserEdit.From((await service.ListAsync()).Single(u => u.UserName == "twice.edited"));
        reopened.DisplayName = "Second admin's name";
        Assert.True((await service.UpdateAsync(actor, reopened)).Succeeded);
        Assert.Equal("Second admin's name", (await TestUsers.FindAsync(app.Database, "twice.edited"))!.DisplayName);
    }
}
