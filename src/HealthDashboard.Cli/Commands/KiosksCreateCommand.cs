using System.Globalization;
using System.Text.Json;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Security;
using HealthDashboard.Data.Wall;

namespace HealthDashboard.Cli.Commands;

/// <summary>
/// <c>kiosks create --playlist P [--expires YYYY-MM-DD] [--name N] [--url BASE]</c>: prints the address to open on the
/// wall PC, once. The token expires at the end of the given day, Vietnam time.
/// </summary>
public sealed class KiosksCreateCommand : ICliCommand
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public string Name => "kiosks create";
    public string Usage => "kiosks create --playlist P [--expires YYYY-MM-DD] [--name N] [--url http://host:5000] [--provider …] [--db …]   (prints the wall's URL once)";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var playlist = line.Option("playlist") ?? throw new UsageException("--playlist is needed (the code in /wall/{code})");
        DateTime? expires = null;
        if (line.Option("expires") is { } text)
        {
            if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new UsageException($"--expires '{text}' is not a date (YYYY-MM-DD or dd/MM/yyyy)");
            }

            expires = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamOffset).UtcDateTime;
            if (expires <= DateTime.UtcNow)
            {
                throw new UsageException($"--expires {text} is already past");
            }
        }

        var name = line.Option("name") ?? "wall " + playlist;
        var baseUrl = line.Option("url") ?? "http://localhost:5000";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--url '{baseUrl}' is not an http(s) address");
        }

        line.Database();
        line.EnsureAllOptionsUsed();
        await using var database = await ProvisioningDatabase.OpenAsync(line, cancellationToken);
        var found = await new PlaylistStore(database).FindAsync(playlist.Trim(), cancellationToken)
            ?? throw new UsageException($"no playlist has the code '{playlist}'");
        var (token, secret) = await new KioskTokenStore(database).CreateAsync(name, found.Code, expires, "cli", cancellationToken);
        await new AuditStore(database).AppendAsync(new AuditEntry
        {
            Actor = "cli", Action = "kiosk-create", Entity = "kiosk", EntityKey = token.Id, NewValue = $"{name} → {found.Code}", Via = "cli",
        }, cancellationToken);
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            playlist = found.Code,
            expires = expires?.ToString("O", CultureInfo.InvariantCulture),
            url = new Uri(site, "/kiosk/" + secret).ToString(),
            note = "shown once: open it on the wall PC now or store it",
        }));
    }
}
