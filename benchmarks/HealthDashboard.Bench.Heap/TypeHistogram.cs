namespace HealthDashboard.Bench.Heap;

/// <summary>Bytes and objects per type; for two dumps, what the second holds more (or less) than the first.</summary>
internal static class TypeHistogram
{
    public static void Print(string dac, string first, string? second)
    {
        var before = Read(dac, first);
        if (second is null)
        {
            foreach (var (type, (count, bytes)) in before.OrderByDescending(p => p.Value.Bytes).Take(int.TryParse(Environment.GetEnvironmentVariable("HD_HEAP_TOP"), out var top) ? top : 60))
            {
                Console.WriteLine($"{bytes,12:N0} {count,9:N0} {type}");
            }

            Console.WriteLine($"total {before.Values.Sum(v => v.Bytes):N0} B");
            return;
        }

        var after = Read(dac, second);
        var differences = after.Keys.Union(before.Keys)
            .Select(type => (Type: type, Count: after.GetValueOrDefault(type).Count - before.GetValueOrDefault(type).Count,
                Bytes: after.GetValueOrDefault(type).Bytes - before.GetValueOrDefault(type).Bytes))
            .ToList();
        foreach (var (type, count, bytes) in differences.OrderByDescending(d => d.Bytes).Take(int.TryParse(Environment.GetEnvironmentVariable("HD_HEAP_TOP"), out var top) ? top : 60))
        {
            Console.WriteLine($"{bytes,12:N0} {count,9:N0} {type}");
        }

        Console.WriteLine($"total difference {differences.Sum(d => d.Bytes):N0} B");
    }

    private static Dictionary<string, (long Count, long Bytes)> Read(string dac, string path) => Dumps.Read(dac, path, heap =>
    {
        var histogram = new Dictionary<string, (long Count, long Bytes)>();
        foreach (var obj in Dumps.Live(heap))
        {
            var name = obj.Type?.Name ?? "?";
            var (count, bytes) = histogram.GetValueOrDefault(name);
            histogram[name] = (count + 1, bytes + (long)obj.Size);
        }

        return histogram;
    });
}
