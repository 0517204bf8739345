using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using HealthDashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthDashboard.Web.Tests.Security;

/// <summary>
/// The matrix covers the app as it is: every route the app maps has a row (or is the framework's own), every page
/// names who may open it, and every hub method is in the hub's matrix. A new endpoint without a row fails here.
/// </summary>
[Collection(SeededAppCollection.Name)]
public sealed class EveryEndpointIsInTheMatrixTests(SeededAppFixture app)
{
    [Fact]
    public void EveryMappedRouteHasARowInTheMatrix()
    {
        var covered = AuthorizationMatrix.Rows.Select(r => r.Pattern).ToHashSet(StringComparer.Ordinal);
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticFile(e))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();

        var missing = routes.Where(r => !covered.Contains(r) && !AuthorizationMatrix.IsFramework(r)).ToList();

        Assert.True(routes.Count > 25, $"only {routes.Count} routes found");
        Assert.True(missing.Count == 0, "Routes with no row in AuthorizationMatrix: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryPageNamesWhoMayOpenIt()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .ToList();

        var unnamed = pages.Where(p => !p.GetCustomAttributes<AuthorizeAttribute>().Any() && !p.GetCustomAttributes<AllowAnonymousAttribute>().Any())
            .Select(p => p.Name)
            .ToList();

        Assert.True(pages.Count >= 15, $"only {pages.Count} pages found");
        Assert.True(unnamed.Count == 0, "Pages with neither [Authorize] nor [AllowAnonymous]: " + string.Join(", ", unnamed));
    }

    [Fact]
    public void EveryHubMethodIsInTheHubMatrix()
    {
        var methods = typeof(Web.Realtime.Hub.IndicatorsHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name)
            .Order()
            .ToList();

        // AuthorizationMatrixTests.HubMethodsHoldEachCallerToWhatItMaySee asks each of these as every caller.
        Assert.Equal(["Subscribe", "Unsubscribe"], methods);
    }

    // MapStaticAssets makes one endpoint per file (scripts, styles, fonts): all open to anyone, like any web server's files.
    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor")
        || endpoint.RoutePattern.RawText!.Contains('.', StringComparison.Ordinal) && !endpoint.RoutePattern.RawText.Contains('{', StringComparison.Ordinal);
}
