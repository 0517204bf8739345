using System.Globalization;

namespace HealthDashboard.Web.Localization;

/// <summary>A day as the app writes it in either language: dd/MM/yyyy (glossary.md).</summary>
public static class DayText
{
    public static string Of(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
