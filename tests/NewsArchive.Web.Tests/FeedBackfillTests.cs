using CodeHollow.FeedReader;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.LuceneEngine;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// A feed lists articles newest to the archive first: an old article added today reaches its
/// subscribers at the top, though its own date puts it last. A small app of its own, in the web
/// collection so that it never starts alongside another host.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class FeedBackfillTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AnOldArticleIndexedLater_HeadsTheFeed()
    {
        using var folder = new TempFolder("newsarchive-feed-backfill-");
        var corpus = Directory.CreateDirectory(Path.Combine(folder.Path, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "recent.md"), "---\ntitle: Harbour reopens after storm\ndate: 2024-03-02\nsource: Coast Times\n---\nThe harbour reopened after the storm.\n");
        File.WriteAllText(Path.Combine(corpus, "older.md"), "---\ntitle: Harbour storm wall planned\ndate: 2023-05-01\nsource: Coast Times\n---\nA storm wall is planned for the harbour.\n");
        var later = Directory.CreateDirectory(Path.Combine(folder.Path, "later")).FullName;
        var backfill = Path.Combine(later, "from-the-archives.md");
        File.WriteAllText(backfill, "---\ntitle: Harbour built in storm year\ndate: 1952-06-01\nsource: Coast Times\n---\nThe harbour was built in the year of the great storm.\n");
        var indexPath = Path.Combine(folder.Path, "index");

        await using var factory = new ArchiveWebFactory(indexPath, corpus, TimeSpan.FromMilliseconds(200));
        using var client = factory.CreateNonRedirectingClient();
        var before = FeedReader.ReadFromString(await client.GetStringAsync("/search.atom?q=harbour"));
        Assert.Equal(2, before.Items.Count);

        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(indexPath, CorpusReader.Default.Read([backfill]));
        var after = await Eventually.AskAsync(
            async () => FeedReader.ReadFromString(await client.GetStringAsync("/search.atom?q=harbour")), feed => feed.Items.Count >= 3, Deadline);

        Assert.Equal(3, after.Items.Count);
        var first = after.Items[0];
        Assert.Equal("Harbour built in storm year", first.Title);
        Assert.Equal(new DateTime(1952, 6, 1), first.PublishingDate?.ToUniversalTime().Date);
        var atom = (CodeHollow.FeedReader.Feeds.AtomFeedItem)first.SpecificItem;
        Assert.True(DateTimeOffset.Parse(atom.UpdatedDateString) > DateTimeOffset.UtcNow.AddMinutes(-5), atom.UpdatedDateString);
        // The feed says when it last changed: when its newest entry was indexed.
        Assert.Equal(DateTimeOffset.Parse(atom.UpdatedDateString), DateTimeOffset.Parse(((CodeHollow.FeedReader.Feeds.AtomFeed)after.SpecificFeed).UpdatedDateString));
    }
}
