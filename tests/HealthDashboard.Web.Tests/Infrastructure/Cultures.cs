using System.Globalization;

namespace HealthDashboard.Web.Tests.Infrastructure;

/// <summary>Reads something as a reader of one language would see it, and puts the thread's culture back after.</summary>
internal static class Cultures
{
    public static T In<T>(string culture, Func<T> read)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
