using System.Globalization;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Aggregates;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Seeding;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Cli.Commands;

/// <summary>
/// <c>export aggregates --indicator X --period-type month|quarter|year --format csv</c>: the indicator for every unit
/// and period that has data, as <c>indicator,org_unit,period,numerator,denominator,value</c>, from the current snapshot.
/// </summary>
public sealed class ExportAggregatesCommand : ICliCommand
{
    public string Name => "export aggregates";
    public string Usage => "export aggregates --indicator CODE [--period-type month|quarter|year] [--format csv] [--provider sqlite|postgres] [--db CONNECTION]";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var code = line.Option("indicator") ?? throw new UsageException("export aggregates needs --indicator CODE");
        var type = line.Choice("period-type", "year", "month", "quarter", "year") switch
        {
            "month" => PeriodType.Month,
            "quarter" => PeriodType.Quarter,
            _ => PeriodType.Year,
        };
        line.Choice("format", "csv", "csv");
        await using var database = new Database(line.Database());
        line.EnsureAllOptionsUsed();
        var today = DateOnly.FromDateTime(DateTime.Today);
        await CliSeeder.For(database, line).EnsureReadyAsync(seedSample: false, today, cancellationToken);
        var snapshot = await CurrentSnapshot.LoadAsync(database, Period.MonthOf(today), cancellationToken);
        var indicator = snapshot.Indicator(code)
            ?? throw new UsageException($"no indicator '{code}' (indicators: {string.Join(", ", snapshot.Catalog.Indicators.Select(i => i.Code))})");

        var years = snapshot.Cubes.Values.First().Layout;
        await output.WriteLineAsync("indicator,org_unit,period,numerator,denominator,value");
        for (var unit = 0; unit < snapshot.Units.Count; unit++)
        {
            for (var year = years.FirstYear; year <= years.LastYear; year++)
            {
                foreach (var period in PeriodsOf(year, type))
                {
                    var result = snapshot.Value(indicator, unit, period);
                    if (result.Numerator is not null || result.Value is not null)
                    {
                        await output.WriteLineAsync(string.Join(',', indicator.Code, snapshot.Units.Units[unit].Code, period.ToString(),
                            Text(result.Numerator), Text(result.Denominator), Text(result.Value)));
                    }
                }
            }
        }
    }

    private static IEnumerable<Period> PeriodsOf(int year, PeriodType type) => type switch
    {
        PeriodType.Month => Enumerable.Range(1, 12).Select(m => Period.Month(year, m)),
        PeriodType.Quarter => Enumerable.Range(1, 4).Select(q => Period.Quarter(year, q)),
        _ => [Period.OfYear(year)],
    };

    private static string Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
