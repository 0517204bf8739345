namespace HealthDashboard.Domain.Wall;

/// <summary>What a wall slide shows.</summary>
public enum WallSlideKind
{
    /// <summary>The unit's indicators with targets, as big tiles.</summary>
    Kpi,

    /// <summary>A choropleth of one indicator over the unit's districts or communes.</summary>
    Map,

    /// <summary>One indicator's line over the years with the target path.</summary>
    Trend,

    /// <summary>The unit's children ranked on one indicator.</summary>
    Ranking,

    /// <summary>Reporting completeness and timeliness of the last month past its deadline, with the stations that have not reported.</summary>
    Completeness,
}
