using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>Raw values by codes on the fixture tree, built into a snapshot for 2020–2025, then read back by codes.</summary>
internal sealed class FixtureSnapshot
{
    private readonly List<(string Element, string Unit, string Period, double Value)> _values = [];
    private AggregateSnapshot? _snapshot;

    public FixtureSnapshot Add(string element, string unit, string period, double value)
    {
        _values.Add((element, unit, period, value));
        _snapshot = null;
        return this;
    }

    /// <summary>The month the snapshot is computed in; December 2025 unless a test needs a year in progress.</summary>
    public Period AsOf { get; init; } = Period.Month(2025, 12);

    public AggregateSnapshot Snapshot => _snapshot ??= Build();

    public IndicatorResult Value(string indicator, string unit, string period) =>
        Snapshot.Value(Snapshot.Indicator(indicator)!, Snapshot.Units.IndexOf(unit), Period.Parse(period));

    public double? Element(string element, string unit, string period) =>
        Snapshot.ElementValue(element, Snapshot.Units.IndexOf(unit), Period.Parse(period));

    public StatusAssessment Status(string indicator, string unit, int year) =>
        Snapshot.Status(Snapshot.Indicator(indicator)!, Snapshot.Units.IndexOf(unit), year);

    private AggregateSnapshot Build()
    {
        var catalog = FixtureCatalog.Catalog;
        var builder = new SnapshotBuilder(catalog, new UnitIndex(FixtureTree.Units), 2020, 2025);
        foreach (var (element, unit, period, value) in _values)
        {
            Assert.True(builder.Add(catalog.Element(element)!.Id, FixtureTree.Id(unit), Period.Parse(period), value), $"{element} {unit} {period} was ignored");
        }

        return builder.Build(1, DateTimeOffset.UnixEpoch, AsOf);
    }
}
