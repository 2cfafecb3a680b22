using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.LuceneEngine;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// The app picks up the indexer's commits while it runs. A small app of its own (two articles,
/// refreshing every 0.2 s), in the web collection so that it never starts alongside another host.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LiveRefreshTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Api_SeesAnArticleCommittedWhileTheAppRuns_WithoutRestart()
    {
        using var folder = new TempFolder("newsarchive-live-refresh-");
        var root = folder.Path;
        var corpus = Directory.CreateDirectory(Path.Combine(root, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "first.txt"), "Harbour reopens after storm\n\nThe harbour reopened on Monday after the storm passed.\n");
        File.WriteAllText(Path.Combine(corpus, "second.txt"), "Council approves new library\n\nThe town council approved plans for a new library.\n");
        var indexPath = Path.Combine(root, "index");

        var word = "zephyrquokka" + Guid.NewGuid().ToString("N")[..8].Replace('0', 'x');
        var later = Directory.CreateDirectory(Path.Combine(root, "later")).FullName;
        var laterFile = Path.Combine(later, "late-news.txt");
        File.WriteAllText(laterFile, $"Late news about the {word}\n\nA {word} was seen in the harbour this morning.\n");

        await using var factory = new ArchiveWebFactory(indexPath, corpus, TimeSpan.FromMilliseconds(200));
        using var client = factory.CreateNonRedirectingClient();

        Assert.Equal(2, await ArticleCountAsync(client));
        Assert.Equal(0, (await SearchAsync(client, word)).Total);

        // Written as the indexer writes: a separate writer committing to the live index.
        var summary = new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(indexPath, CorpusReader.Default.Read([laterFile]));
        Assert.Equal(3, summary.TotalArticles);

        var found = await Eventually.AskAsync(() => SearchAsync(client, word), found => found.Total > 0, Deadline);

        Assert.True(found.Total == 1, $"The new article did not appear within {Deadline.TotalSeconds:F0} s");
        Assert.Equal(["late-news.txt"], found.Ids);
        Assert.Equal(3, await ArticleCountAsync(client));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/late-news.txt")).StatusCode);
    }

    private static async Task<int> ArticleCountAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        return json.RootElement.GetProperty("articles").GetInt32();
    }

    private static async Task<(int Total, IReadOnlyList<string> Ids)> SearchAsync(HttpClient client, string word)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(word)));
        var root = json.RootElement;
        return (root.GetProperty("total").GetInt32(),
            root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList());
    }
}
