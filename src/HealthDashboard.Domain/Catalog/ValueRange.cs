using System.Globalization;

namespace HealthDashboard.Domain.Catalog;

/// <summary>
/// The values a data element can plausibly take, both ends included: what a count of one station's month, a unit's
/// population or a province's budget can be. A value outside is a typing slip or a hostile one, refused before it is
/// stored, so the aggregates built from stored values stay far from what a double can hold.
/// </summary>
public readonly record struct ValueRange(double Min, double Max)
{
    /// <summary>For a catalog stored before ranges existed: nothing refused, until the catalog is saved again.</summary>
    public static readonly ValueRange Unbounded = new(double.MinValue, double.MaxValue);

    public bool Contains(double value) => value >= Min && value <= Max;

    public static ValueRange Parse(string min, string max)
    {
        var range = new ValueRange(double.Parse(min, CultureInfo.InvariantCulture), double.Parse(max, CultureInfo.InvariantCulture));
        return double.IsFinite(range.Min) && double.IsFinite(range.Max) && range.Min <= range.Max
            ? range
            : throw new FormatException($"'{min}'–'{max}' is not a range of finite numbers, lowest first.");
    }
}
