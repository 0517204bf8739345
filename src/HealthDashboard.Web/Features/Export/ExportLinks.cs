using HealthDashboard.Web.Features.ViewQueries;

namespace HealthDashboard.Web.Features.Export;

/// <summary>The export URLs the pages' buttons point at, built from the same query the page shows.</summary>
public static class ExportLinks
{
    public static string For(string view, string format, params (string Key, string? Value)[] query) => ViewLink.For($"/export/{view}.{format}", query);
}
