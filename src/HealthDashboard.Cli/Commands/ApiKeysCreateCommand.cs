using System.Text.Json;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Security;

namespace HealthDashboard.Cli.Commands;

/// <summary><c>apikeys create --name N --unit CODE</c>: prints the key once (only its hash is stored).</summary>
public sealed class ApiKeysCreateCommand : ICliCommand
{
    public string Name => "apikeys create";
    public string Usage => "apikeys create --name N --unit CODE [--provider …] [--db …]   (prints the key once)";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var name = line.Option("name") is { Length: > 0 and <= 100 } n ? n.Trim() : throw new UsageException("--name is needed (at most 100 characters)");
        var unit = line.Option("unit") ?? throw new UsageException("--unit is needed: the code of the unit whose subtree the key may read and write");
        line.Database();
        line.EnsureAllOptionsUsed();
        await using var database = await ProvisioningDatabase.OpenAsync(line, cancellationToken);
        var unitCode = await ProvisioningDatabase.UnitCodeAsync(database, unit, cancellationToken);
        var (key, secret) = await new ApiKeyStore(database).CreateAsync(name, unitCode, "cli", cancellationToken);
        await new AuditStore(database).AppendAsync(new AuditEntry
        {
            Actor = "cli", Action = "apikey-create", Entity = "apikey", EntityKey = key.Prefix, NewValue = $"{name} ({unitCode})", Via = "cli",
        }, cancellationToken);
        await output.WriteLineAsync(JsonSerializer.Serialize(new { name, unit = unitCode, key = secret, note = "shown once: store it now" }));
    }
}
