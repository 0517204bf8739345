using Microsoft.Diagnostics.Runtime;

namespace HealthDashboard.Bench.Heap;

/// <summary>Who holds the objects of one type: their bytes grouped by size and by the chain of referrer types.</summary>
internal static class Owners
{
    public static void Print(string dac, string path, string typeName, int depth) => Dumps.Read(dac, path, heap =>
    {
        // One referrer per object is enough to see what kind of thing holds it.
        var referrer = new Dictionary<ulong, ClrObject>();
        foreach (var obj in Dumps.Live(heap))
        {
            foreach (var child in obj.EnumerateReferences())
            {
                referrer.TryAdd(child.Address, obj);
            }
        }

        var groups = new Dictionary<string, (long Count, long Bytes)>();
        foreach (var obj in Dumps.Live(heap).Where(o => o.Type?.Name == typeName))
        {
            var chain = new List<string>();
            var at = obj.Address;
            for (var i = 0; i < depth && referrer.TryGetValue(at, out var holder); i++)
            {
                chain.Add(holder.Type?.Name ?? "?");
                at = holder.Address;
            }

            var key = $"[{SizeClass(obj.Size)}] {string.Join(" <- ", chain)}";
            var (count, bytes) = groups.GetValueOrDefault(key);
            groups[key] = (count + 1, bytes + (long)obj.Size);
        }

        foreach (var (chain, (count, bytes)) in groups.OrderByDescending(p => p.Value.Bytes).Take(40))
        {
            Console.WriteLine($"{bytes,12:N0} {count,7:N0} {chain}");
        }

        return 0;
    });

    private static string SizeClass(ulong size) => size switch
    {
        < 1024 => "<1K",
        < 8192 => "<8K",
        < 65536 => "<64K",
        _ => ">=64K",
    };
}
