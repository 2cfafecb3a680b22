using System.Text.Json;
using NewsArchive.Benchmarks.Speed;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Load;

/// <summary>
/// The web app in its own process under a mixed load on loopback, for a fixed time: once alone,
/// then (--while-indexing) again while the real indexer commits new articles into the index it
/// serves. Exits with 1 if any request failed or a new article was never found.
/// </summary>
internal sealed class LoadBenchmark(LoadOptions options, TextWriter output)
{
    private const string Benchmark = "load";

    /// <summary>Opening even a large index takes seconds; more means something is wrong.</summary>
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long to keep looking for the last new articles once the load is over.</summary>
    private static readonly TimeSpan FoundTimeout = TimeSpan.FromSeconds(60);

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var work = Path.Combine(options.WorkFolder, options.Label);
        Directory.CreateDirectory(work);
        if (!ArchiveIndex.ExistsAt(options.IndexPath)) await BuildAsync(work, cancellation);
        // The indexer writes into a fresh copy: the index given stays as it was, and every run
        // starts from the same articles.
        var served = options.IndexPath;
        if (options.WhileIndexing)
        {
            served = Path.Combine(work, "index");
            output.WriteLine($"Copying {options.IndexPath} to {served}, which the indexer will write into.");
            IndexCopy.Make(options.IndexPath, served);
        }

        // Nothing to index at start: the index is there, and the app must not build one of its own.
        using var emptyCorpus = new TempFolder("newsarchive-load-corpus-");
        using var client = LoadRun.CreateClient(options.Clients);
        using var server = WebServer.Start(served, emptyCorpus.Path, Path.Combine(work, "web.log"));
        var ready = await server.WaitUntilAsync(client, "/healthz", response => Task.FromResult(response.IsSuccessStatusCode), ReadyTimeout, cancellation);
        var articles = await ArticleCountAsync(client, server.Address, cancellation);
        var sample = await ArchiveSample.ReadAsync(client, server.Address, cancellation);
        var mix = LoadMix.For(server.Address, sample);
        var urls = mix.Select(url => url.Url).ToList();
        output.WriteLine($"Web app ready at {server.Address} in {ready.TotalSeconds:N1} s with {articles:N0} articles; {mix.Count} URLs " +
            $"(source {sample.Source}, {sample.Window}, keyword {sample.Keyword ?? "none"}), {options.Clients} clients.");

        // Each URL once, then load on all: the first answers are slow (JIT, the index's caches),
        // and a fresh server under load gets faster for a while (see the speed benchmark).
        await LoadRun.RunAsync(client, urls, clients: 1, TimeSpan.Zero, cancellation, minimumRequests: urls.Count);
        await LoadRun.RunAsync(client, urls, options.Clients, TimeSpan.FromSeconds(options.WarmUpSeconds), cancellation);

        var rows = new List<LoadRow>();
        var alone = await LoadRun.RunAsync(client, urls, options.Clients, TimeSpan.FromSeconds(options.Seconds), cancellation, minimumRequests: urls.Count);
        rows.Add(LoadRow.Of(options.Label, LoadRow.SearchPhase, articles, mix, options.Clients, alone, server.Memory));
        Report(rows[^1]);

        if (options.WhileIndexing)
        {
            output.WriteLine($"Starting the indexer (--watch) and a new article every {options.EverySeconds:0.#} s.");
            var settings = new IndexingLoadSettings(served, work, options.Clients, TimeSpan.FromSeconds(options.Seconds), TimeSpan.FromSeconds(options.EverySeconds), FoundTimeout);
            var indexing = await IndexingDuringLoad.RunAsync(settings, client, server.Address, urls, cancellation);
            var after = await ArticleCountAsync(client, server.Address, cancellation);
            rows.Add(LoadRow.Of(options.Label, LoadRow.WhileIndexingPhase, articles, mix, options.Clients, indexing.Load, server.Memory).With(indexing.Visibility, after));
            Report(rows[^1]);
            if (indexing.Visibility.Missing.Count > 0)
                output.WriteLine($"Never found: {string.Join(", ", indexing.Visibility.Missing)} (the indexer's log: {indexing.IndexerLog}).");
        }

        LoadTables.Write(rows, output);
        output.WriteLine($"Rows appended to {Path.GetRelativePath(RepositoryPaths.Root, ResultsLog.Append(Benchmark, options.Parameters, rows))}.");
        var failed = rows.Any(row => row.Errors > 0 || row.ProbeErrors > 0 || row.Found < row.NewArticles);
        return failed ? 1 : 0;
    }

    private async Task BuildAsync(string work, CancellationToken cancellation)
    {
        output.WriteLine($"No index at {options.IndexPath}: building it from {options.CorpusPath} with the indexer.");
        using var indexer = ChildProcess.Start(BuiltApps.Indexer, [options.CorpusPath, "--index", options.IndexPath], new Dictionary<string, string>(), Path.Combine(work, "build.log"));
        await indexer.WaitForExitAsync(cancellation);
        if (indexer.ExitCode != 0) throw new InvalidOperationException($"The indexer exited with code {indexer.ExitCode}:{Environment.NewLine}{indexer.Tail()}");
    }

    private void Report(LoadRow row) =>
        output.WriteLine($"{row.Phase}: {row.Requests:N0} requests, {row.RequestsPerSecond:N0}/s, {row.Errors:N0} errors" +
            (row.FirstError is { } first ? $", the first: {first}" : "") + ".");

    private static async Task<int> ArticleCountAsync(HttpClient client, Uri server, CancellationToken cancellation)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(server, "/healthz"), cancellation));
        return json.RootElement.GetProperty("articles").GetInt32();
    }
}
