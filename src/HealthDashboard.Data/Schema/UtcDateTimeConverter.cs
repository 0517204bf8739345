using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealthDashboard.Data.Schema;

/// <summary>Writes instants as UTC (a local time is converted, an unmarked one taken as UTC) and reads them back marked UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
