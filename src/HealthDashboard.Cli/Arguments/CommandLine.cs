using System.Globalization;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Cli.Arguments;

/// <summary>
/// The parsed command line: leading words name the command ("catalog export"), then <c>--name value</c> options.
/// Every option must be consumed by the command, so a misspelt one is reported instead of silently ignored.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options;
    private readonly HashSet<string> _used = [];

    private CommandLine(IReadOnlyList<string> words, Dictionary<string, string> options)
    {
        Words = words;
        _options = options;
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "password-stdin" };

    /// <summary>Where a command reads what is piped to it (a password with --password-stdin).</summary>
    public TextReader Input { get; private set; } = TextReader.Null;

    public CommandLine WithInput(TextReader input)
    {
        Input = input;
        return this;
    }

    /// <summary>Where a command tells the person at the terminal what it is doing (standard error: never mixed with its JSON).</summary>
    public TextWriter Messages { get; private set; } = TextWriter.Null;

    public CommandLine WithMessages(TextWriter messages)
    {
        Messages = messages;
        return this;
    }

    public bool Flag(string name) => Option(name) == "true";

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (options.Count > 0)
                {
                    throw new UsageException($"unexpected argument '{arg}' after the options");
                }

                words.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (Flags.Contains(name))
            {
                if (!options.TryAdd(name, "true"))
                {
                    throw new UsageException($"option '--{name}' is given twice");
                }

                continue;
            }

            if (name.Length == 0 || i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"option '{arg}' needs a value");
            }

            if (!options.TryAdd(name, args[++i]))
            {
                throw new UsageException($"option '--{name}' is given twice");
            }
        }

        return new CommandLine(words, options);
    }

    public string? Option(string name)
    {
        _used.Add(name);
        return _options.GetValueOrDefault(name);
    }

    public int IntOption(string name, int fallback, int min, int max)
    {
        var text = Option(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"--{name} must be a whole number from {min} to {max}, not '{text}'");
    }

    public string Choice(string name, string fallback, params string[] allowed)
    {
        var value = Option(name) ?? fallback;
        return allowed.Contains(value) ? value : throw new UsageException($"--{name} must be one of {string.Join(", ", allowed)}, not '{value}'");
    }

    /// <summary>The --provider and --db options every command takes; defaults to the app's own SQLite file.</summary>
    public DatabaseOptions Database()
    {
        var provider = Choice("provider", "sqlite", "sqlite", "postgres") == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var db = Option("db");
        if (provider == DatabaseProvider.Postgres && db is null)
        {
            throw new UsageException("--provider postgres needs --db \"Host=…;Database=…;Username=…\"");
        }

        return new DatabaseOptions { Provider = provider, ConnectionString = db };
    }

    public void EnsureAllOptionsUsed()
    {
        var unknown = _options.Keys.FirstOrDefault(k => !_used.Contains(k));
        if (unknown is not null)
        {
            throw new UsageException($"unknown option '--{unknown}' for '{string.Join(' ', Words)}'");
        }
    }
}
