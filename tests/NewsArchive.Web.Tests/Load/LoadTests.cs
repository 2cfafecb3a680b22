using System.Text.Json;
using NewsArchive.Benchmarks.Load;
using NewsArchive.Benchmarks.Speed;
using NewsArchive.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsArchive.Web.Tests.Load;

/// <summary>
/// The app under a bounded load on loopback: concurrent clients asking a mix of searches (the
/// page and the API, every filter, sorts, pages, one per story) and article and story pages;
/// then the same while the real indexer commits a new article every two seconds. Every request
/// must be answered with success, and each new article found within seconds. Long runs, so
/// only where NEWSARCHIVE_LONG_TESTS=1 (CI). Nothing is timed but how soon new articles show:
/// a shared two-core machine can be slow, never wrong. In the web collection, so that its
/// apps never start alongside another host; the collection's index of the bundled corpus is
/// read, or copied where the indexer writes.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LoadTests(ArchiveAppFixture app, ITestOutputHelper output)
{
    /// <summary>
    /// The AllSides index the speed benchmark leaves (`speed --sizes allsides`): indexing 37,554
    /// articles takes minutes on a busy two-core machine, too long to do here.
    /// </summary>
    private const string AllSidesIndex = "data/bench/index-allsides";

    /// <summary>A few clients: enough for requests to overlap in the server, few enough for two cores.</summary>
    private const int Clients = 4;

    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Generous for a busy machine: the watcher waits 0.5 s for quiet, the indexer opens the
    /// index, adds the article, groups it into a story and commits; the app looks every 0.25 s.
    /// </summary>
    private static readonly TimeSpan FoundWithin = TimeSpan.FromSeconds(10);

    /// <summary>How long the probe keeps looking after the load: past the bound, to report how late an article was.</summary>
    private static readonly TimeSpan FoundTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Refreshing often, so that the bound above is mostly the indexer's time.</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    [LongFact]
    public async Task Bundled_MixedLoad_AnswersEveryRequest()
    {
        await using var server = new KestrelArchive(app.IndexPath);
        using var client = LoadRun.CreateClient(Clients);
        var urls = await MixAsync(client, server.Address);

        var load = await LoadRun.RunAsync(client, urls, Clients, Duration, CancellationToken.None, minimumRequests: urls.Count);

        Report(load);
        AssertAllAnswered(load, urls);
    }

    [LongFact]
    public async Task Bundled_LoadWhileIndexing_NoFailedRequestAndNewArticlesFoundWithinSeconds()
    {
        using var work = new TempFolder("newsarchive-load-indexing-");
        var index = work.PathOf("index");
        IndexCopy.Make(app.IndexPath, index);
        await LoadWhileIndexingAsync(index, work.Path);
    }

    [LongFactIfExists(AllSidesIndex)]
    public async Task AllSides_LoadWhileIndexing_NoFailedRequestAndNewArticlesFoundWithinSeconds()
    {
        using var work = new TempFolder("newsarchive-load-allsides-");
        var index = work.PathOf("index");
        IndexCopy.Make(Path.Combine(RepositoryPaths.Root, AllSidesIndex), index);
        await LoadWhileIndexingAsync(index, work.Path);
    }

    private async Task LoadWhileIndexingAsync(string index, string work)
    {
        await using var server = new KestrelArchive(index, RefreshInterval);
        using var client = LoadRun.CreateClient(Clients);
        var urls = await MixAsync(client, server.Address);
        var before = await ArticleCountAsync(client, server.Address);

        var settings = new IndexingLoadSettings(index, work, Clients, Duration, Every, FoundTimeout);
        var (load, visibility, indexerLog) = await IndexingDuringLoad.RunAsync(settings, client, server.Address, urls, CancellationToken.None);

        Report(load);
        output.WriteLine($"{visibility.Written} new articles, {visibility.Seconds.Count} found, after {visibility.MedianSeconds} s (median), {visibility.MaxSeconds} s at most " +
            $"({string.Join(", ", visibility.Seconds.Order().Select(s => s.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}).");
        AssertAllAnswered(load, urls);
        Assert.True(visibility.Written >= 3, $"only {visibility.Written} new articles were written in {Duration.TotalSeconds:N0} s");
        Assert.True(visibility.Missing.Count == 0,
            $"never found: {string.Join(", ", visibility.Missing)}; the indexer's output:\n{File.ReadAllText(indexerLog)}");
        Assert.True(visibility.Errors == 0, $"{visibility.Errors} of the probe's searches failed; the first: {visibility.FirstError}");
        Assert.True(visibility.Seconds.Max() <= FoundWithin.TotalSeconds,
            $"new articles were found after {string.Join(", ", visibility.Seconds.Order().Select(s => $"{s:F1}"))} s; at most {FoundWithin.TotalSeconds:N0} s expected");
        Assert.Equal(before + visibility.Written, await ArticleCountAsync(client, server.Address));
    }

    /// <summary>The mix for this archive, each URL asked once: every one of them works before any load.</summary>
    private static async Task<IReadOnlyList<Uri>> MixAsync(HttpClient client, Uri server)
    {
        var urls = LoadMix.For(server, await ArchiveSample.ReadAsync(client, server, CancellationToken.None)).Select(url => url.Url).ToList();
        var once = await LoadRun.RunAsync(client, urls, clients: 1, TimeSpan.Zero, CancellationToken.None, minimumRequests: urls.Count);
        AssertAllAnswered(once, urls);
        return urls;
    }

    /// <summary>The figures, for the test log: on a shared machine they are a floor, not a target.</summary>
    private void Report(LoadResult load) =>
        output.WriteLine($"{load.Requests} requests in {load.Elapsed.TotalSeconds:F1} s ({load.RequestsPerSecond:F0}/s) from {Clients} clients: " +
            $"p50 {load.Latencies.P50:F0} ms, p99 {load.Latencies.P99:F0} ms, max {load.Latencies.Max:F0} ms; {load.Errors} errors.");

    private static void AssertAllAnswered(LoadResult load, IReadOnlyList<Uri> urls)
    {
        Assert.True(load.Errors == 0, $"{load.Errors} of {load.Requests} requests failed; the first: {load.FirstError}");
        // The URLs are handed out in turn, so this many answers means each was asked at least once.
        Assert.True(load.Requests >= urls.Count, $"{load.Requests} answers to {urls.Count} URLs");
    }

    private static async Task<int> ArticleCountAsync(HttpClient client, Uri server)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(server, "/healthz")));
        return json.RootElement.GetProperty("articles").GetInt32();
    }
}
