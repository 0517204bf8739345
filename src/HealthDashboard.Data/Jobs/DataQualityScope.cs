using System.Globalization;

namespace HealthDashboard.Data.Jobs;

/// <summary>
/// The part of the findings a write touched: these units' values of these elements. A refresh deletes and recomputes
/// exactly the findings about them (as the part or as the whole of a pair), so it agrees with a full rebuild.
/// </summary>
public sealed record DataQualityScope(IReadOnlyCollection<long> UnitIds, IReadOnlyCollection<long> ElementIds)
{
    // Ids are numbers the app made, written into the SQL: an IN list of thousands of parameters is slower on both engines.
    internal string UnitList => string.Join(',', UnitIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    internal string ElementList => string.Join(',', ElementIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
