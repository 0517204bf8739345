using Microsoft.JSInterop;

namespace HealthDashboard.Web.Features.Map;

/// <summary>Receives map.js's clicks on an area (by unit code) and hands them to the component.</summary>
public sealed class ChoroplethMapClicks(Func<string, Task> onClick)
{
    [JSInvokable]
    public Task AreaClicked(string code) => onClick(code);
}
