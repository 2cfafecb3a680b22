using System.Diagnostics;
using NewsArchive.Benchmarks.Speed;

namespace NewsArchive.Benchmarks.Outputs;

/// <summary>
/// Each output of the web app requested many times, one at a time, on loopback: the time to the
/// last byte (p50/p90/p99), the size, and for the exports the rate they stream at. A request
/// that does not answer 200 is counted as an error, and its time is left out.
/// </summary>
internal sealed class OutputsBenchmark(string indexPath, string corpusPath, string query, int runs, TextWriter output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Words as they are typed: the start of a word, then more of it, then a second word.</summary>
    private static readonly string[] Typed = ["co", "coc", "pre", "presid", "oil pr", "the", "ba", "kazakh fo"];

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var log = Path.Combine(Path.GetTempPath(), "newsarchive-outputs-web.log");
        using var server = WebServer.Start(indexPath, corpusPath, log);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        await server.WaitUntilAsync(client, "/healthz", response => Task.FromResult(response.IsSuccessStatusCode), StartTimeout, cancellation);

        var q = Uri.EscapeDataString(query);
        var cases = new List<(string Name, string[] Urls)>
        {
            ("feed", [$"/search.atom?q={q}"]),
            ("csv", [$"/search.csv?q={q}"]),
            ("csv with text", [$"/search.csv?q={q}&text=1"]),
            ("jsonl with text", [$"/search.jsonl?q={q}&text=1"]),
            ("csv, 10,000 (cap)", ["/search.csv"]),
            ("jsonl with text, 10,000 (cap)", ["/search.jsonl?text=1"]),
            ("suggest", Typed.Select(t => "/suggest?q=" + Uri.EscapeDataString(t)).ToArray()),
            ("openapi", ["/openapi/v1.json"]),
            ("api search (for comparison)", [$"/api/search?q={q}"]),
        };

        var table = new TextTable("case", "requests", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms", "median KB", "MB/s");
        var rows = new List<object>();
        foreach (var (name, urls) in cases)
        {
            var (latencies, sizes, errors) = await TimeAsync(client, urls, cancellation);
            var medianBytes = sizes.Count == 0 ? 0 : sizes.Order().ElementAt(sizes.Count / 2);
            var megabytesPerSecond = latencies.P50 > 0 ? medianBytes / 1e6 / (latencies.P50 / 1000) : 0;
            table.Add(name, latencies.Count.ToString(), errors.ToString(), F(latencies.P50), F(latencies.P90), F(latencies.P99), F(latencies.Max),
                (medianBytes / 1024.0).ToString("F0"), megabytesPerSecond.ToString("F1"));
            rows.Add(new { @case = name, query, latencies, medianBytes, megabytesPerSecond = Math.Round(megabytesPerSecond, 2), errors });
        }
        table.WriteTo(output);
        output.WriteLine($"Rows appended to {ResultsLog.Append("outputs", new { index = indexPath, query, runs }, rows)}");
        return 0;
    }

    private async Task<(Latencies Latencies, List<long> Sizes, int Errors)> TimeAsync(HttpClient client, string[] urls, CancellationToken cancellation)
    {
        foreach (var url in urls.Take(2)) await (await client.GetAsync(url, cancellation)).Content.ReadAsByteArrayAsync(cancellation);
        var times = new List<double>();
        var sizes = new List<long>();
        var errors = 0;
        for (var run = 0; run < runs; run++)
        {
            foreach (var url in urls)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellation);
                await using var body = await response.Content.ReadAsStreamAsync(cancellation);
                var bytes = await CountAsync(body, cancellation);
                clock.Stop();
                if (!response.IsSuccessStatusCode) { errors++; continue; }
                times.Add(clock.Elapsed.TotalMilliseconds);
                sizes.Add(bytes);
            }
        }
        return (Latencies.Of(times), sizes, errors);
    }

    private static async Task<long> CountAsync(Stream body, CancellationToken cancellation)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellation)) > 0) total += read;
        return total;
    }

    private static string F(double milliseconds) => milliseconds.ToString("F1");
}
