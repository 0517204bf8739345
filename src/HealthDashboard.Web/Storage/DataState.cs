namespace HealthDashboard.Web.Storage;

/// <summary>Where the database is on its way to serving pages.</summary>
public enum DataState
{
    Preparing = 1,
    Ready = 2,
    Failed = 3,
}
