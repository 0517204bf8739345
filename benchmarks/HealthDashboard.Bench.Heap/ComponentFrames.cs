using Microsoft.Diagnostics.Runtime;

namespace HealthDashboard.Bench.Heap;

/// <summary>
/// Render-tree memory per component type: the frame arrays of each ComponentState's builders (a component keeps its
/// last render and the one before, each in an array that only grows).
/// </summary>
internal static class ComponentFrames
{
    private const string FrameArray = "Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame[]";

    public static void Print(string dac, string path) => Dumps.Read(dac, path, heap =>
    {
        var groups = new Dictionary<string, (long Count, long Bytes, long Frames)>();
        // A circuit's components have Blazor Server's subclass of ComponentState.
        foreach (var state in Dumps.Live(heap).Where(o => o.Type?.Name is "Microsoft.AspNetCore.Components.Rendering.ComponentState"
                     or "Microsoft.AspNetCore.Components.Server.Circuits.RemoteComponentState"))
        {
            var component = state.ReadObjectField("<Component>k__BackingField").Type?.Name ?? "?";
            var arrays = BuildersOf(state).Where(o => o.Type?.Name == FrameArray).ToList();
            var (count, bytes, frames) = groups.GetValueOrDefault(component);
            groups[component] = (count + 1, bytes + arrays.Sum(a => (long)a.Size), frames + arrays.Sum(a => (long)a.AsArray().Length));
        }

        foreach (var (component, (count, bytes, frames)) in groups.OrderByDescending(p => p.Value.Bytes).Take(40))
        {
            Console.WriteLine($"{bytes,12:N0} {count,6:N0} {frames / Math.Max(1, count),7:N0} frames each  {component}");
        }

        Console.WriteLine($"total {groups.Values.Sum(g => g.Bytes):N0} B");
        return 0;
    });

    /// <summary>The state's own render-tree builders and their arrays, not the rest of the component graph.</summary>
    private static IEnumerable<ClrObject> BuildersOf(ClrObject state)
    {
        var seen = new HashSet<ulong>();
        var queue = new Queue<(ClrObject Obj, int Depth)>([(state, 0)]);
        while (queue.TryDequeue(out var next))
        {
            if (!seen.Add(next.Obj.Address))
            {
                continue;
            }

            yield return next.Obj;
            if (next.Depth < 4 && (next.Depth == 0 || (next.Obj.Type?.Name ?? "").Contains("RenderTree", StringComparison.Ordinal)))
            {
                foreach (var child in next.Obj.EnumerateReferences())
                {
                    queue.Enqueue((child, next.Depth + 1));
                }
            }
        }
    }
}
