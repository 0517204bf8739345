// hd-heap: what the web app's heap holds, from dumps written by the runtime's createdump (no dotnet-dump or
// dotnet-gcdump in the package feed here). The DAC is the app's own libmscordaccore.so (self-contained build).
//
//   hd-heap types    --dac D DUMP [DUMP2]   bytes and objects per type; with DUMP2, DUMP2 minus DUMP
//   hd-heap owners   --dac D DUMP TYPE [N]  who refers to the objects of TYPE, N referrers up
//   hd-heap frames   --dac D DUMP           render-tree frames kept per component type
using HealthDashboard.Bench.Heap;

var arguments = args.ToList();
var dacAt = arguments.IndexOf("--dac");
if (arguments.Count < 4 || dacAt < 0 || dacAt + 1 >= arguments.Count)
{
    Console.Error.WriteLine("usage: hd-heap types|owners|frames --dac PATH/libmscordaccore.so DUMP [DUMP2|TYPE [N]]");
    return 2;
}

var dac = arguments[dacAt + 1];
arguments.RemoveRange(dacAt, 2);
var (command, rest) = (arguments[0], arguments.Skip(1).ToList());
switch (command)
{
    case "types":
        TypeHistogram.Print(dac, rest[0], rest.ElementAtOrDefault(1));
        return 0;
    case "owners" when rest.Count >= 2:
        Owners.Print(dac, rest[0], rest[1], rest.Count > 2 ? int.Parse(rest[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
        return 0;
    case "frames":
        ComponentFrames.Print(dac, rest[0]);
        return 0;
    default:
        Console.Error.WriteLine($"hd-heap: unknown command '{command}'");
        return 2;
}
