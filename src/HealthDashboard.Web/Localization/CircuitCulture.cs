using System.Globalization;

namespace HealthDashboard.Web.Localization;

/// <summary>
/// The culture a circuit was opened in, to put back around renders started by a background event (a changed
/// aggregate, the seeding finishing): <c>InvokeAsync</c> runs on the circuit's dispatcher but in the caller's async
/// context, whose culture is the server's, so without this a Vietnamese page would redraw itself in English.
/// </summary>
public readonly record struct CircuitCulture(CultureInfo Culture, CultureInfo UiCulture)
{
    /// <summary>Call while rendering for the circuit (OnInitialized), where the request's culture is current.</summary>
    public static CircuitCulture Capture() => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    /// <summary>Makes this the culture of the rest of the current async flow (the render that follows included).</summary>
    public void Apply()
    {
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = UiCulture;
    }
}
