using HealthDashboard.Cli.Arguments;

namespace HealthDashboard.Cli.Commands;

/// <summary>One command of the CLI. It reads its options first, so bad input fails before anything is written.</summary>
public interface ICliCommand
{
    /// <summary>The words that select it, e.g. "catalog export".</summary>
    string Name { get; }

    string Usage { get; }

    Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken);
}
