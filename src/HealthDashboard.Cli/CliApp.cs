using HealthDashboard.Cli.Arguments;
using HealthDashboard.Cli.Commands;

namespace HealthDashboard.Cli;

/// <summary>Picks the command named by the leading words and runs it; bad input is one line on stderr and exit code 2.</summary>
public static class CliApp
{
    public const int UsageError = 2;

    private static readonly ICliCommand[] Commands =
    [
        new SeedCommand(), new GenerateCommand(), new CatalogExportCommand(), new ExportDataValuesCommand(),
        new RecomputeCommand(), new BenchRecomputeCommand(), new ExportAggregatesCommand(),
        new BenchLatencyCommand(), new UsersCreateCommand(), new ApiKeysCreateCommand(), new KiosksCreateCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default, TextReader? input = null)
    {
        try
        {
            var line = CommandLine.Parse(args);
            line = line.WithInput(input ?? Console.In).WithMessages(error);
            var name = string.Join(' ', line.Words);
            if (name is "" or "help")
            {
                await output.WriteLineAsync("usage: healthdashboard <command> [options]\n  " + string.Join("\n  ", Commands.Select(c => c.Usage)));
                return name == "" ? UsageError : 0;
            }

            var command = Commands.FirstOrDefault(c => c.Name == name)
                ?? throw new UsageException($"unknown command '{name}' (commands: {string.Join(", ", Commands.Select(c => c.Name))})");
            await command.RunAsync(line, output, cancellationToken);
            await output.FlushAsync(cancellationToken);
            return 0;
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return UsageError;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or ArgumentException or InvalidOperationException)
        {
            // A database that cannot be reached or a bad connection string is the user's input too: one line, no trace.
            await error.WriteLineAsync($"error: {e.Message.Split('\n')[0]}");
            return 1;
        }
    }
}
