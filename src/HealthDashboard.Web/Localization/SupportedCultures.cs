using System.Globalization;

namespace HealthDashboard.Web.Localization;

/// <summary>The UI languages: Vietnamese by default (decimal comma, dd/MM/yyyy), English one click away.</summary>
public static class SupportedCultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    public static readonly string[] All = [Vietnamese, English];

    public static bool IsVietnamese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "vi";

    /// <summary>A supported culture name for what a link asked for; anything else falls back to Vietnamese.</summary>
    public static string Normalize(string? requested) =>
        All.FirstOrDefault(c => string.Equals(c, requested, StringComparison.OrdinalIgnoreCase))
        ?? (requested?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? English : Vietnamese);
}
