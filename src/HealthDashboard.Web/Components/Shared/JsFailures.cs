using Microsoft.JSInterop;

namespace HealthDashboard.Web.Components.Shared;

/// <summary>
/// JS calls that may fail without anything being wrong with the page: the circuit is gone, or the browser did not
/// answer within the interop timeout (a busy wall PC drawing maps). Such a failure must not escape a component: an
/// exception out of a render or a DisposeAsync ends the whole circuit, and a wall would sit on the error bar.
/// </summary>
public static class JsFailures
{
    public static bool IsGoneOrSlow(Exception error) => error is JSDisconnectedException or TaskCanceledException;

    /// <summary>When disposing, a script error too is nothing to act on: the element is leaving anyway.</summary>
    public static bool IsIgnorableOnDispose(Exception error) => IsGoneOrSlow(error) || error is JSException;
}
