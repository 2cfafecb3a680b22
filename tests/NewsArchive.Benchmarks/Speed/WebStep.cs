namespace NewsArchive.Benchmarks.Speed;

/// <param name="Target">api: /api/search (JSON); page: /search (the HTML page).</param>
/// <param name="Requests">Answered in the measured <see cref="Seconds"/>, after the warm-up.</param>
/// <param name="ResidentMegabytes">The server's resident memory after the run (VmRSS); null where /proc is not available.</param>
/// <param name="PeakResidentMegabytes">The server's highest resident memory since it started (VmHWM).</param>
/// <param name="AnonymousMegabytes">Of the resident memory after the run, the pages that are no file's (RssAnon: heaps and
/// stacks); the rest is mostly the index's files mapped in, which the system drops when it needs the room.</param>
/// <param name="ReadySeconds">From starting the server to its first healthy answer (opening the index).</param>
internal sealed record WebRow(string Size, string Target, int Clients, double Seconds, int Requests, double RequestsPerSecond,
    double P50Ms, double P99Ms, double MaxMs, int Errors, double? ResidentMegabytes, double? PeakResidentMegabytes,
    double ReadySeconds, string? FirstError, double? AnonymousMegabytes = null)
{
    public string Step => "web";
}

/// <summary>
/// The web app as users meet it: its own process over a size's index, loaded by concurrent
/// clients asking the query mix through the JSON API, then through the HTML search page. The
/// clients run on the same machine, so they take some of its processors from the server.
/// </summary>
internal static class WebStep
{
    /// <summary>Opening even a large index takes seconds; more means something is wrong.</summary>
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(5);

    private static readonly (string Target, string Path)[] Targets = [("api", "/api/search"), ("page", "/search")];

    /// <param name="diverse">Searches each asked at most once (<see cref="DiverseQueries"/>): measured as targets of their own, never warmed.</param>
    public static async Task<IReadOnlyList<WebRow>> RunAsync(CorpusSize size, string indexPath, IReadOnlyList<QueryKind> mix, IReadOnlyList<QueryKind> diverse,
        SpeedOptions options, TextWriter output, CancellationToken cancellation)
    {
        // Nothing to index: the index is there, and the app must not build one of its own.
        using var emptyCorpus = new TempFolder("newsarchive-speed-corpus-");
        using var client = LoadRun.CreateClient(options.Clients);
        using var server = WebServer.Start(indexPath, emptyCorpus.Path, indexPath + ".web.log");
        var ready = await server.WaitUntilAsync(client, "/healthz", response => Task.FromResult(response.IsSuccessStatusCode), ReadyTimeout, cancellation);
        output.WriteLine($"Web app ready at {server.Address} in {ready.TotalSeconds:N1} s.");

        var targets = Targets.Select(t => (t.Target, Urls: Urls(server.Address, t.Path, mix))).ToList();
        // One client first, each URL of both targets once: the first answers (JIT, the index's
        // caches) are slow, and would otherwise weigh on the load of the target measured first,
        // since both run the same search code.
        var everyUrl = targets.SelectMany(t => t.Urls).ToList();
        await LoadRun.RunAsync(client, everyUrl, clients: 1, TimeSpan.Zero, cancellation, minimumRequests: everyUrl.Count);
        // Then load on both: a fresh server under load was seen getting faster for about 20 s (on
        // two cores; JIT tiers, caches), and whichever target came first was measured slower for it.
        await LoadRun.RunAsync(client, everyUrl, options.Clients, TimeSpan.FromSeconds(options.ServerWarmUpSeconds), cancellation);

        var rows = new List<WebRow>();
        var diverseTargets = diverse.Count == 0 ? [] : Targets.Select(t => (Target: t.Target + " " + DiverseSearchStep.QuerySet, Urls: Urls(server.Address, t.Path, diverse)));
        foreach (var (target, urls) in targets.Concat(diverseTargets))
        {
            if (!target.EndsWith(DiverseSearchStep.QuerySet, StringComparison.Ordinal))
                await LoadRun.RunAsync(client, urls, options.Clients, TimeSpan.FromSeconds(options.WarmUpSeconds), cancellation);
            var load = await LoadRun.RunAsync(client, urls, options.Clients, TimeSpan.FromSeconds(options.Seconds), cancellation);
            var memory = server.Memory;
            rows.Add(new WebRow(size.Label, target, options.Clients,
                Seconds: Math.Round(load.Elapsed.TotalSeconds, 2),
                load.Requests,
                RequestsPerSecond: Math.Round(load.RequestsPerSecond, 1),
                load.Latencies.P50, load.Latencies.P99, load.Latencies.Max,
                load.Errors,
                ResidentMegabytes: memory is { } m ? Math.Round(m.ResidentBytes / 1e6) : null,
                PeakResidentMegabytes: memory is { } p ? Math.Round(p.PeakResidentBytes / 1e6) : null,
                ReadySeconds: Math.Round(ready.TotalSeconds, 2),
                load.FirstError,
                AnonymousMegabytes: memory is { } a ? Math.Round(a.AnonymousBytes / 1e6) : null));
            output.WriteLine($"{target}: {load.RequestsPerSecond:N0} requests/s, {load.Errors:N0} errors" +
                (load.FirstError is { } first ? $", the first: {first}" : "") + ".");
        }
        return rows;
    }

    private static List<Uri> Urls(Uri server, string path, IReadOnlyList<QueryKind> kinds) =>
        kinds.Select(kind => new Uri(server, kind.QueryString is { Length: > 0 } query ? $"{path}?{query}" : path)).ToList();
}
