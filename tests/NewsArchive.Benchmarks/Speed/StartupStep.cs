using System.Diagnostics;
using System.Text.Json;

namespace NewsArchive.Benchmarks.Speed;

/// <param name="Articles">What the app indexed: the whole bundled corpus.</param>
internal sealed record StartupRow(int Run, double Seconds, int Articles)
{
    public string Step => "startup";
}

/// <summary>
/// A fresh clone's first start: the web app with an empty index folder builds the index of the
/// bundled corpus, then serves. Timed from starting the process until a search for a word of the
/// seed articles answers with hits, the moment a first user gets an answer.
/// </summary>
internal static class StartupStep
{
    public const int Runs = 2;

    private const string Probe = "/api/search?q=tokayev";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task<IReadOnlyList<StartupRow>> RunAsync(string work, TextWriter output, CancellationToken cancellation)
    {
        var rows = new List<StartupRow>();
        for (var run = 1; run <= Runs; run++)
        {
            using var folder = new TempFolder("newsarchive-speed-startup-");
            var indexPath = Directory.CreateDirectory(folder.PathOf("index")).FullName;
            using var client = LoadRun.CreateClient(1);

            var clock = Stopwatch.StartNew();
            using var server = WebServer.Start(indexPath, RepositoryPaths.Corpus, Path.Combine(work, $"startup-{run}.web.log"));
            await server.WaitUntilAsync(client, Probe, HasHitsAsync, Timeout, cancellation);
            var seconds = clock.Elapsed.TotalSeconds;

            using var health = await client.GetAsync(new Uri(server.Address, "/healthz"), cancellation);
            var articles = JsonDocument.Parse(await health.Content.ReadAsStringAsync(cancellation)).RootElement.GetProperty("articles").GetInt32();
            rows.Add(new StartupRow(run, Math.Round(seconds, 2), articles));
            output.WriteLine($"First start {run}: answered in {seconds:N1} s ({articles:N0} articles indexed).");
        }
        return rows;
    }

    private static async Task<bool> HasHitsAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) return false;
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("total", out var total) && total.GetInt32() > 0;
    }
}
