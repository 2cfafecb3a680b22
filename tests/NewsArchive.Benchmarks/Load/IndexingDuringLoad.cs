using NewsArchive.Benchmarks.Speed;

namespace NewsArchive.Benchmarks.Load;

/// <param name="IndexPath">The index the server reads and the indexer writes into.</param>
/// <param name="WorkFolder">Where the new articles' files and the indexer's log go.</param>
/// <param name="Every">Time between two new articles, each in a file of its own.</param>
/// <param name="FoundTimeout">How long to keep looking for the last articles once the load is over.</param>
internal sealed record IndexingLoadSettings(string IndexPath, string WorkFolder, int Clients, TimeSpan Duration, TimeSpan Every, TimeSpan FoundTimeout);

internal sealed record IndexingLoadResult(LoadResult Load, Visibility Visibility, string IndexerLog);

/// <summary>
/// The load while the real indexer, in its own process, watches a folder (--watch) and commits
/// each new article into the index the server reads, as a newsroom's feed would: a file every
/// few seconds, each indexed and committed on its own. A probe searches for each article until
/// it is found. The load must see no error meanwhile.
/// </summary>
internal static class IndexingDuringLoad
{
    /// <summary>The indexer's first look over an empty folder opens the index and commits once; a large index takes longer.</summary>
    private static readonly TimeSpan WatchingTimeout = TimeSpan.FromMinutes(5);

    public static async Task<IndexingLoadResult> RunAsync(IndexingLoadSettings settings, HttpClient client, Uri server, IReadOnlyList<Uri> urls,
        CancellationToken cancellation)
    {
        var incoming = Path.Combine(settings.WorkFolder, "incoming");
        foreach (var folder in new[] { incoming, incoming + ".staging" })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var files = new NewArticleFiles(incoming);
        var log = Path.Combine(settings.WorkFolder, "indexer.log");

        using var indexer = ChildProcess.Start(BuiltApps.Indexer, [incoming, "--index", settings.IndexPath, "--watch"], new Dictionary<string, string>(), log);
        await indexer.WaitForOutputAsync("Watching for changes", WatchingTimeout, cancellation);

        using var probe = new VisibilityProbe(server);
        using var stopProbe = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var stopWriting = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var probing = probe.RunAsync(stopProbe.Token);
        var writing = DropEveryAsync(files, probe, settings.Every, stopWriting.Token);
        try
        {
            var load = await LoadRun.RunAsync(client, urls, settings.Clients, settings.Duration, cancellation, minimumRequests: urls.Count);
            await stopWriting.CancelAsync();
            await writing;
            await probe.WaitUntilAllFoundAsync(settings.FoundTimeout, cancellation);
            await stopProbe.CancelAsync();
            return new IndexingLoadResult(load, await probing, log);
        }
        finally
        {
            // Also when the load failed: nothing may go on writing or searching behind the caller.
            await stopWriting.CancelAsync();
            await stopProbe.CancelAsync();
            await Task.WhenAll(writing, probing).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static async Task DropEveryAsync(NewArticleFiles files, VisibilityProbe probe, TimeSpan every, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop)) probe.Expect(files.Drop());
        }
        catch (OperationCanceledException)
        {
            // The load is over.
        }
    }
}
