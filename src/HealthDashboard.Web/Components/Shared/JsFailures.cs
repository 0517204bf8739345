using Microsoft.JSInterop;

namespace HealthDashboard.Web.Components.Shared;

/// <summary>
/// JS calls that may fail without anything being wrong with the page: the circuit is gone, the browser did not
/// answer within the interop timeout (a busy wall PC drawing maps), or the component left the page while a call was
/// on its way and its module reference was disposed (a click away from the overview while its sparklines draw).
/// Such a failure must not escape a component: an exception out of a render or a DisposeAsync ends the whole circuit,
/// and one out of OnAfterRenderAsync shows the error page in place of the page the reader went to.
/// </summary>
public static class JsFailures
{
    public static bool IsGoneOrSlow(Exception error) =>
        error is JSDisconnectedException or TaskCanceledException or ObjectDisposedException;

    /// <summary>When disposing, a script error too is nothing to act on: the element is leaving anyway.</summary>
    public static bool IsIgnorableOnDispose(Exception error) => IsGoneOrSlow(error) || error is JSException;
}
