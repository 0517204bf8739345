using System.Globalization;
using HealthDashboard.Bench.Browser;

// hd-bench-browser lcp --url U --user NAME [--path /] [--wait-for CSS] [--runs N]         (password in HD_PASSWORD)
// hd-bench-browser map --url U --user NAME [--path /map?...] [--runs N]                (password in HD_PASSWORD)
// hd-bench-browser wall-memory --url U --kiosk TOKEN --api-key KEY [--pages 50] [--idle 30] [--warm 5]
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

string Option(string name, string fallback) => options.GetValueOrDefault(name, fallback);
int Number(string name, int fallback) => int.TryParse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), out var n) && n > 0 ? n : fallback;

if (args.Length == 0 || !options.TryGetValue("--url", out var url))
{
    Console.Error.WriteLine("usage: hd-bench-browser lcp|map|wall-memory --url http://127.0.0.1:5000 [options]");
    return 2;
}

return args[0] switch
{
    "lcp" => await LcpBench.RunAsync(url, Option("--path", "/"), Option("--wait-for", "[data-testid='tile-value']"), Number("--runs", 10),
        Option("--user", "admin"), Environment.GetEnvironmentVariable("HD_PASSWORD") ?? ""),
    "map" => await MapReadyBench.RunAsync(url, Option("--path", "/map?indicator=HI_COV&level=commune&unit=AG"), Number("--runs", 10),
        Option("--user", "admin"), Environment.GetEnvironmentVariable("HD_PASSWORD") ?? ""),
    "wall-memory" => await WallMemoryBench.RunAsync(url, Option("--kiosk", ""), Option("--api-key", ""), Number("--pages", 50), Number("--idle", 30), Number("--warm", 5)),
    _ => 2,
};
