using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;

namespace HealthDashboard.Cli.Commands;

/// <summary><c>export datavalues --format csv</c>: every raw value as <c>data_element,org_unit,period,value</c>.</summary>
public sealed class ExportDataValuesCommand : ICliCommand
{
    public string Name => "export datavalues";
    public string Usage => "export datavalues [--format csv] [--provider sqlite|postgres] [--db CONNECTION]";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        line.Choice("format", "csv", "csv");
        var database = new Database(line.Database());
        line.EnsureAllOptionsUsed();
        await new SchemaMigrator(database).MigrateAsync(cancellationToken);
        await new DataValueStore(database).ExportCsvAsync(output, cancellationToken);
    }
}
