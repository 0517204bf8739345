using Microsoft.Diagnostics.Runtime;

namespace HealthDashboard.Bench.Heap;

/// <summary>Opens a dump with the app's own DAC (the dump's runtime reports no version the DAC could be checked against).</summary>
internal static class Dumps
{
    public static T Read<T>(string dac, string path, Func<ClrHeap, T> read)
    {
        using var target = DataTarget.LoadDump(path);
        using var runtime = target.ClrVersions[0].CreateRuntime(dac, ignoreMismatch: true);
        return read(runtime.Heap);
    }

    public static IEnumerable<ClrObject> Live(ClrHeap heap) => heap.EnumerateObjects().Where(o => o.IsValid && !o.IsFree);
}
