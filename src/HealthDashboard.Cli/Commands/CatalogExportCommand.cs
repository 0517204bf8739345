using System.Globalization;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Catalog;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Text;

namespace HealthDashboard.Cli.Commands;

/// <summary><c>catalog export --format csv</c>: the stored targets, in the columns of spec/targets.csv.</summary>
public sealed class CatalogExportCommand : ICliCommand
{
    public string Name => "catalog export";
    public string Usage => "catalog export [--format csv] [--provider sqlite|postgres] [--db CONNECTION]";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        line.Choice("format", "csv", "csv");
        var database = new Database(line.Database());
        line.EnsureAllOptionsUsed();
        await new SchemaMigrator(database).MigrateAsync(cancellationToken);
        var catalog = await new CatalogStore(database).LoadAsync(cancellationToken);
        if (catalog.Targets.Count == 0)
        {
            throw new UsageException("the database has no catalog yet: run 'seed' first");
        }

        await output.WriteLineAsync("plan,org_unit,indicator,year,op,value,note");
        foreach (var t in catalog.Targets)
        {
            await output.WriteLineAsync(CsvFormat.Line(t.PlanCode, t.OrgUnitLabel, t.IndicatorCode, t.Year.ToString(CultureInfo.InvariantCulture),
                ComparatorSymbols.ToSymbol(t.Comparator), t.Value.ToString("R", CultureInfo.InvariantCulture), t.Note));
        }
    }
}
