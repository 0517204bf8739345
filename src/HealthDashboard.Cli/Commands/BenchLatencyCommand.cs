using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HealthDashboard.Cli.Arguments;
using HealthDashboard.Cli.Hub;
using HealthDashboard.Domain.Periods;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace HealthDashboard.Cli.Commands;

/// <summary>
/// <c>bench latency --url http://… --clients N --saves M</c>: opens N hub clients subscribed to one indicator and unit,
/// saves M values one after another through the API, and measures from each save to each client's receipt of the
/// change. Its last line is <c>{"clients":N,…,"p50_ms":…,"p95_ms":…,"max_ms":…}</c>. By default it overwrites the
/// previous month's primary-care visits of one An Giang station and watches An Giang's insurance-paid share.
/// </summary>
public sealed class BenchLatencyCommand : ICliCommand
{
    private const string DefaultStation = "AG_LXU_01_TYT";
    private const string DefaultProvince = "AG";
    private const int ConnectBatch = 100;
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(5);

    public string Name => "bench latency";

    public string Usage =>
        "bench latency --url http://HOST:PORT [--hub-url http://OTHER-NODE (default --url)] [--clients 100] [--saves 20] [--api-key KEY (default $HD_API_KEY)] [--element PC_VISITS] " +
        $"[--org-unit {DefaultStation}] [--indicator INS_PRIMARY] [--subscribe-to {DefaultProvince}] [--period YYYYMM (default last month)]";

    public async Task RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var url = line.Option("url") is { } u && Uri.TryCreate(u, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
            ? parsed
            : throw new UsageException("--url must be the app's address, e.g. --url http://127.0.0.1:5000");
        // Clients on another node than the one saving measure the way across nodes (LISTEN/NOTIFY on PostgreSQL).
        var hubUrl = line.Option("hub-url") is { } h
            ? Uri.TryCreate(h, UriKind.Absolute, out var hub) && hub.Scheme is "http" or "https" ? hub : throw new UsageException("--hub-url must be an app address")
            : url;
        var clients = line.IntOption("clients", 100, 1, 20_000);
        var saves = line.IntOption("saves", 20, 1, 10_000);
        var apiKey = line.Option("api-key") ?? Environment.GetEnvironmentVariable("HD_API_KEY")
            ?? throw new UsageException("an API key is needed: --api-key KEY or the HD_API_KEY environment variable");
        var element = line.Option("element") ?? "PC_VISITS";
        var station = line.Option("org-unit");
        var watched = line.Option("subscribe-to") ?? (station is null ? DefaultProvince : station);
        station ??= DefaultStation;
        var indicator = line.Option("indicator") ?? "INS_PRIMARY";
        var periodText = line.Option("period") ?? Period.MonthOf(DateOnly.FromDateTime(DateTime.Now)).Previous().ToString();
        var period = Period.TryParse(periodText, out var p) ? p.ToString() : throw new UsageException($"--period '{periodText}' is not a period (e.g. 202401)");
        line.EnsureAllOptionsUsed();

        using var api = new BenchApi(url, apiKey);
        using var hubNode = new BenchApi(hubUrl, apiKey);
        // Values just above the station's own figure: plausible, and different from what is stored, so each save changes something.
        var own = await api.AggregateAsync(indicator, station, period, cancellationToken);
        var firstValue = Math.Floor(Math.Max(own.Numerator ?? 0, own.Denominator ?? 0)) + 1;
        // Versions count per node: the threshold is read where the clients are.
        var versionBefore = (await hubNode.AggregateAsync(indicator, watched, period, cancellationToken)).Version;

        SaveRound? current = null;
        var hubs = await ConnectAsync(hubUrl, apiKey, clients, indicator, watched,
            (i, change, at) => Volatile.Read(ref current)?.Receive(i, change, at), output, cancellationToken);
        try
        {
            var latencies = new List<double>(clients * saves);
            var missed = 0;
            for (var i = 0; i < saves; i++)
            {
                var round = new SaveRound(clients, indicator, watched, period, versionBefore, Stopwatch.GetTimestamp());
                Volatile.Write(ref current, round);
                await api.SaveAsync(element, station, period, firstValue + i, cancellationToken);
                if (!await round.WaitAsync(SaveTimeout, cancellationToken))
                {
                    await Line(output, $"save {i + 1}: {round.Missed} of {clients} clients got no change within {SaveTimeout.TotalSeconds:0} s");
                }

                missed += round.Missed;
                latencies.AddRange(round.Latencies);
                versionBefore = round.MaxVersion;
                if ((i + 1) % 10 == 0 || i + 1 == saves)
                {
                    await Line(output, $"saved {i + 1}/{saves}: {Summary(latencies)}, missed {missed}");
                }
            }

            await Line(output, $"wrote {element} {station} {period} = {firstValue}…{firstValue + saves - 1}; watched {indicator} at {watched}");
            latencies.Sort();
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                clients, saves, received = latencies.Count, missed,
                p50_ms = Math.Round(Percentiles.Of(latencies, 50), 1),
                p95_ms = Math.Round(Percentiles.Of(latencies, 95), 1),
                max_ms = Math.Round(latencies.Count == 0 ? 0 : latencies[^1], 1),
            }));
        }
        finally
        {
            await Parallel.ForEachAsync(hubs, new ParallelOptions { MaxDegreeOfParallelism = 64 }, (hub, _) => hub.DisposeAsync());
        }
    }

    private static async Task<HubConnection[]> ConnectAsync(Uri url, string apiKey, int count, string indicator, string orgUnit,
        Action<int, Domain.Engine.AggregateChange, long> onChange, TextWriter output, CancellationToken cancellationToken)
    {
        var hubs = new HubConnection[count];
        var clock = Stopwatch.StartNew();
        try
        {
            for (var start = 0; start < count; start += ConnectBatch)
            {
                await Parallel.ForEachAsync(Enumerable.Range(start, Math.Min(ConnectBatch, count - start)), cancellationToken, async (i, ct) =>
                {
                    hubs[i] = await IndicatorsHubConnection.ConnectAsync(url, apiKey, (change, at) => onChange(i, change, at), cancellationToken: ct);
                    await hubs[i].SubscribeAsync(indicator, orgUnit, ct);
                });
                await Line(output, $"connected {Math.Min(start + ConnectBatch, count)}/{count} hub clients ({clock.Elapsed.TotalSeconds:0.0} s)");
            }
        }
        catch (Exception error) when (error is System.Net.WebSockets.WebSocketException or HttpRequestException or HubException)
        {
            await Parallel.ForEachAsync(hubs.Where(h => h is not null), (hub, _) => hub.DisposeAsync());
            throw new InvalidOperationException($"hub client failed: {error.Message}", error);
        }

        return hubs;
    }

    private static string Summary(List<double> latencies)
    {
        var sorted = latencies.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {Percentiles.Of(sorted, 50):0.0} ms, p95 {Percentiles.Of(sorted, 95):0.0} ms, max {(sorted.Count == 0 ? 0 : sorted[^1]):0.0} ms");
    }

    private static async Task Line(TextWriter output, string text)
    {
        // The CLI's stdout is not flushed per line; progress must show while the bench runs.
        await output.WriteLineAsync(text);
        await output.FlushAsync();
    }
}
