namespace HealthDashboard.Data.DataValues;

/// <summary>What a batch write did: values new to the database and values that replaced an earlier one.</summary>
public sealed record DataValueBatchResult(int Created, int Updated);
