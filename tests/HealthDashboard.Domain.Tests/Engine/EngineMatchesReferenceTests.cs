using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Domain.Tests.Engine;

/// <summary>The engine against the brute-force reference on random trees and random raw values of the real catalog.</summary>
public class EngineMatchesReferenceTests
{
    private const int FirstYear = 2022;
    private const int LastYear = 2024;
    private static readonly Period AsOf = Period.Month(LastYear, 9);

    [Theory]
    [InlineData(17)]
    [InlineData(2024)]
    public void EveryIndicatorUnitAndPeriodMatchesTheBruteForceReference(int seed)
    {
        var random = new Random(seed);
        var catalog = EngineCatalog.Embedded;
        var units = RandomTree.Create(random);
        var values = RandomRawValues.Create(random, catalog, units, FirstYear, AsOf).ToArray();
        random.Shuffle(values);

        var snapshot = RawSnapshot.Build(catalog, units, values, FirstYear, LastYear, AsOf);
        var check = new ReferenceCheck(snapshot, units, values);
        var mismatches = check.Mismatches(units, Periods());

        Assert.True(units.Count >= 200, $"only {units.Count} units");
        Assert.Empty(mismatches.Take(20));
        Assert.Equal(catalog.Indicators.Count * units.Count * Periods().Count, check.Compared);
        // The comparison has to cover every kind of result, or it proves less than it seems.
        Assert.True(check.WithValue > check.Compared / 3, $"{check.WithValue} of {check.Compared} with a value");
        Assert.True(check.Flagged > 100, $"{check.Flagged}  unstable values");
        Assert.True(check.Stats > 20, $"{check.Stats} stat values");
        Assert.True(check.PartlyCovered > 100, $"{check.PartlyCovered} annualised over part of a period");
    }

    [Theory]
    [InlineData(17, 2024, 7)] // the year in progress, through a month before the snapshot's
    [InlineData(2024, 2023, 5)] // a past year, through a month in its second quarter
    [InlineData(5, 2024, 2)] // through a month before the first quarter is over
    public void AYearThroughOneOfItsMonthsMatchesTheReferenceOverTheValuesUpToThatMonth(int seed, int year, int month)
    {
        // Values only where each element is reported: a stock's latest per unit up to a month is read from cells that
        // add a unit's own value to its children's, and a zero an area stored beside its stations' values cannot be
        // told from none there (see YearToDate). The write path has refused such values since issue 11.
        var random = new Random(seed);
        var catalog = EngineCatalog.Embedded;
        var units = RandomTree.Create(random);
        var values = RandomRawValues.Create(random, catalog, units, FirstYear, AsOf, whereReported: true).ToArray();
        random.Shuffle(values);

        var snapshot = RawSnapshot.Build(catalog, units, values, FirstYear, LastYear, AsOf);
        var check = new ReferenceCheck(snapshot, units, values);
        var mismatches = check.MismatchesThrough(units, Period.Month(year, month));

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches, the first: " + string.Join(Environment.NewLine, mismatches.Take(8)));
        Assert.Equal(catalog.Indicators.Count * units.Count, check.Compared);
        Assert.True(check.WithValue > check.Compared / 3, $"{check.WithValue} of {check.Compared} with a value");
        Assert.True(check.PartlyCovered > 100, $"{check.PartlyCovered} annualised over part of the year");
    }

    /// <summary>Every month of one year, every quarter and every year of the range.</summary>
    private static List<Period> Periods() =>
    [
        .. Enumerable.Range(1, 12).Select(m => Period.Month(FirstYear + 1, m)),
        .. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).SelectMany(y => Enumerable.Range(1, 4).Select(q => Period.Quarter(y, q))),
        .. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(Period.OfYear),
    ];
}
