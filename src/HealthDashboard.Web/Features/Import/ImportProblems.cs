namespace HealthDashboard.Web.Features.Import;

/// <summary>What the upload endpoint tells the /import page in its redirect's query (the page words it).</summary>
public static class ImportProblems
{
    public const string NoFile = "no-file";
    public const string TooBig = "too-big";
    public const string NotFound = "not-found";
}
