namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>Where things are in the repository, found from the test assembly's bin folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The web app's apphost, built by the project reference into the web project's own bin folder with the same
    /// configuration and runtime as the tests (bin/&lt;Configuration&gt;/net10.0/linux-x64/).
    /// </summary>
    public static string WebAppHost
    {
        get
        {
            var outputPart = Path.GetRelativePath(Path.Combine(Root, "tests", "HealthDashboard.Web.Tests", "bin"), AppContext.BaseDirectory);
            return Path.Combine(Root, "src", "HealthDashboard.Web", "bin", outputPart, "HealthDashboard.Web");
        }
    }

    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}.");
    }
}
