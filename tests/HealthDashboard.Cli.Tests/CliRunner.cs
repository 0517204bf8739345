using HealthDashboard.Data.Tests;

namespace HealthDashboard.Cli.Tests;

/// <summary>Runs the CLI in process, as a user would from the shell, capturing what it prints.</summary>
internal static class CliRunner
{
    public static string[] DbArgs(string provider, TestDatabase db) => ["--provider", provider, "--db", db.Database.ConnectionString];

    /// <param name="input">What is piped to the command (a password with --password-stdin).</param>
    public static async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string input = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, input: new StringReader(input));
        return (code, output.ToString(), error.ToString());
    }
}
