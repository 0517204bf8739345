using System.Globalization;

namespace HealthDashboard.Web.Localization;

/// <summary>Picks the Vietnamese or English text for the current UI culture (a circuit's, in Blazor Server).</summary>
public static class Bilingual
{
    public static bool IsVietnamese => SupportedCultures.IsVietnamese(CultureInfo.CurrentUICulture);

    public static string Pick(string vietnamese, string english) => IsVietnamese ? vietnamese : english;
}
