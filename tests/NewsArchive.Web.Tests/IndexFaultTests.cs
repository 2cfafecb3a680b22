using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Writing;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// The app over an index that is missing, empty, locked by a writer or damaged: it starts, says
/// what is wrong on its pages, in the API and in /healthz (503), and opens the index by itself once
/// it is built, without a restart. Each test has an app of its own, refreshing every 0.2 s.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class IndexFaultTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly HtmlParser Parser = new();

    private readonly TempFolder folder = new("newsarchive-index-faults-");

    private string IndexPath => folder.PathOf("index");

    /// <summary>Where the app would build from: nothing there, unless a test says otherwise.</summary>
    private string NoCorpus => folder.PathOf("no-corpus");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task MissingIndex_StartsSaysSoAndOpensOnceBuilt()
    {
        await using var factory = StartApp(NoCorpus);
        using var client = factory.CreateNonRedirectingClient();

        await AssertUnavailableAsync(client, "missing", "The archive has no index yet");
        // "Try again" only ever leads back to this site: "//host" would be another one.
        var offSite = await client.GetAsync(new Uri(client.BaseAddress!.GetLeftPart(UriPartial.Authority) + "//evil.example/search"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, offSite.StatusCode);
        Assert.Equal("/", Parser.ParseDocument(await offSite.Content.ReadAsStringAsync()).QuerySelector("main a")?.GetAttribute("href"));
        Assert.False(Directory.Exists(IndexPath) && Directory.EnumerateFiles(IndexPath).Any(), "the app must not make an index of its own");

        BuildFromSeeds();

        await AssertRecoversAsync(client);
    }

    [Fact]
    public async Task EmptyIndex_IsUnhealthyAndTheHomePageSaysSo_UntilArticlesArrive()
    {
        using (var writer = ArchiveWriter.Open(IndexPath)) writer.Commit();
        await using var factory = StartApp(NoCorpus);
        using var client = factory.CreateNonRedirectingClient();

        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(("empty", 0), await HealthAsync(health));
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var notice = Parser.ParseDocument(await home.Content.ReadAsStringAsync()).QuerySelector(".message.notice[role=status]");
        Assert.NotNull(notice);
        Assert.Contains("The archive is empty", notice.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=anything")).StatusCode);

        BuildFromSeeds();

        await AssertRecoversAsync(client);
    }

    [Fact]
    public async Task IndexLockedByAWriterBeforeItsFirstCommit_SaysItIsBeingBuilt_ThenOpens()
    {
        // An indexer building the index: it holds the write lock and has not committed yet, so
        // the app can neither read it nor build it from its corpus.
        var indexer = ArchiveWriter.Open(IndexPath);
        await using var factory = StartApp(RepositoryPaths.Seeds);
        using var client = factory.CreateNonRedirectingClient();
        try
        {
            await AssertUnavailableAsync(client, "locked", "The archive is being built");
        }
        finally
        {
            indexer.Dispose();
        }

        BuildFromSeeds();

        await AssertRecoversAsync(client);
    }

    [Fact]
    public async Task IndexWithACommit_IsReadWhileAWriterHoldsTheLock()
    {
        BuildFromSeeds();
        using var indexer = ArchiveWriter.Open(IndexPath);
        await using var factory = StartApp(NoCorpus);
        using var client = factory.CreateNonRedirectingClient();

        Assert.Equal(("ok", SeedArticles), await HealthAsync(await client.GetAsync("/healthz")));
    }

    [Theory]
    [InlineData("scrambled commit point")]
    [InlineData("segment file deleted")]
    [InlineData("stored fields corrupted")]
    public async Task DamagedIndex_SaysItCannotBeRead_IsNotBuiltOver_AndOpensOnceRebuilt(string damage)
    {
        BuildFromSeeds();
        Damage(damage);
        var damagedFiles = Snapshot();
        // A corpus is there to build from: the app must still not write over the damaged index.
        await using var factory = StartApp(RepositoryPaths.Seeds);
        using var client = factory.CreateNonRedirectingClient();

        await AssertUnavailableAsync(client, "damaged", "The archive's index cannot be read");
        Assert.Equal(damagedFiles, Snapshot());

        BuildFromSeeds(rebuild: true);

        await AssertRecoversAsync(client);
    }

    [Fact]
    public async Task StoredFieldsCorruptedWhileTheAppRuns_IsReportedDamagedWithinSeconds_AndOpensOnceRebuilt()
    {
        BuildFromSeeds();
        await using var factory = StartApp(NoCorpus);
        using var client = factory.CreateNonRedirectingClient();
        Assert.Equal(("ok", SeedArticles), await HealthAsync(await client.GetAsync("/healthz")));

        IndexDamage.CorruptMiddle(Directory.GetFiles(IndexPath, "*.fdt").First());

        var health = await Eventually.AskAsync(async () => await HealthAsync(await client.GetAsync("/healthz")), health => health.Status != "ok", Deadline);
        Assert.Equal(("damaged", 0), health);
        await AssertUnavailableAsync(client, "damaged", "The archive's index cannot be read");

        BuildFromSeeds(rebuild: true);

        await AssertRecoversAsync(client);
    }

    private const int SeedArticles = 5;

    private ArchiveWebFactory StartApp(string corpus) => new(IndexPath, corpus, TimeSpan.FromMilliseconds(200));

    private void BuildFromSeeds(bool rebuild = false) =>
        new CorpusIndexer(new LuceneArchiveEngine(), CorpusReader.Default, NullLogger<CorpusIndexer>.Instance)
            .Update(IndexPath, [RepositoryPaths.Seeds], new CorpusIndexOptions { Rebuild = rebuild });

    private void Damage(string damage)
    {
        var files = Directory.GetFiles(IndexPath);
        if (damage == "segment file deleted")
        {
            File.Delete(files.First(file => file.EndsWith(".fdt", StringComparison.Ordinal)));
            return;
        }
        if (damage == "stored fields corrupted")
        {
            // Every file still there and its header and footer intact: only the checksum tells.
            IndexDamage.CorruptMiddle(files.First(file => file.EndsWith(".fdt", StringComparison.Ordinal)));
            return;
        }
        // Overwrites the middle of the newest commit point, keeping its length: its checksum fails.
        var commit = files.Where(file => Path.GetFileName(file).StartsWith("segments_", StringComparison.Ordinal)).Max()!;
        var bytes = File.ReadAllBytes(commit);
        for (var i = bytes.Length / 4; i < bytes.Length * 3 / 4; i++) bytes[i] ^= 0x5A;
        File.WriteAllBytes(commit, bytes);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(IndexPath).ToDictionary(file => Path.GetFileName(file), file => Convert.ToHexString(File.ReadAllBytes(file)));

    /// <summary>503 everywhere the index is needed, in the caller's language; help and static files still served.</summary>
    private static async Task AssertUnavailableAsync(HttpClient client, string state, string title)
    {
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal((state, 0), await HealthAsync(health));

        foreach (var page in new[] { "/", "/search?q=Tokayev", "/articles/seeds/000_0991502cd2966729.txt", "/help/api" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal(title, document.QuerySelector("main h1")?.TextContent.Trim());
            Assert.Contains("by itself", document.QuerySelector("main")!.TextContent);
            Assert.Equal(page, document.QuerySelector("main a")?.GetAttribute("href"));
        }

        foreach (var api in new[] { "/api/search?q=Tokayev", "/search.atom", "/search.csv", "/suggest?q=to" })
        {
            var response = await client.GetAsync(api);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(state, problem.RootElement.GetProperty("state").GetString());
            Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        }

        foreach (var served in new[] { "/help", "/css/site.css", "/openapi/v1.json" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(served)).StatusCode);
    }

    private static async Task AssertRecoversAsync(HttpClient client)
    {
        var health = await Eventually.AskAsync(async () => await HealthAsync(await client.GetAsync("/healthz")), health => health.Status == "ok", Deadline);
        Assert.True(health == ("ok", SeedArticles), $"/healthz said {health} {Deadline.TotalSeconds:F0} s after the index was built");
        var search = await client.GetAsync("/search?q=Tokayev");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    private static async Task<(string Status, int Articles)> HealthAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("status").GetString()!, json.RootElement.GetProperty("articles").GetInt32());
    }
}
