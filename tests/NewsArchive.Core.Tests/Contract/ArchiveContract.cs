using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Stories;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Contract;

/// <summary>
/// What every engine of the archive must do, written against Core's contracts only
/// (<see cref="IArchiveEngine"/>, <see cref="IArchive"/>, <see cref="IArchiveSink"/>): an engine
/// passes by deriving from this class and naming itself. Nothing here knows how an engine keeps
/// its articles; each test builds what it needs through the engine's own sink.
/// </summary>
public abstract class ArchiveContract : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-contract-");

    /// <summary>The engine under test.</summary>
    protected abstract IArchiveEngine Engine { get; }

    public void Dispose() => folder.Dispose();

    private static readonly Article[] Reports =
    [
        Make("cocoa-1", "Cocoa prices climb in Accra", "Cocoa growers in Ghana saw prices climb for a third week.", Utc(2022, 1, 10), "Reuters"),
        Make("cocoa-2", "Ivory Coast cocoa harvest", "The cocoa harvest in Ivory Coast was the largest in years.", Utc(2022, 1, 12), "AP"),
        Make("wheat-1", "Wheat futures slip", "Wheat futures slipped in Chicago on forecasts of rain.", Utc(2022, 2, 1), "Reuters"),
        // The same report filed by two outlets a day apart: one story.
        Make("rail-1", "Rail strike halts trains across the country", "A national rail strike halted trains across the country on Monday, stranding commuters in every major city.", Utc(2022, 3, 7), "AP"),
        Make("rail-2", "Rail strike halts trains across the country", "A national rail strike halted trains across the country on Monday, stranding commuters in every major city.", Utc(2022, 3, 8), "Reuters"),
    ];

    private string Build(params Article[] articles)
    {
        var path = folder.PathOf("archive");
        new IndexBuilder(Engine, NullLogger<IndexBuilder>.Instance).Build(path, articles.Select(ReadResult.Of));
        return path;
    }

    private IArchive Open(params Article[] articles) => Engine.Open(Build(articles));

    [Fact]
    public void Search_FindsEveryArticleWithTheWords_AndCountsThem()
    {
        using var archive = Open(Reports);

        var results = archive.Search(new SearchRequest { Query = "cocoa" });

        Assert.Equal(2, results.Total);
        Assert.Equal(["cocoa-1", "cocoa-2"], results.Hits.Select(h => h.Id).Order());
        Assert.Equal(2, results.Dates.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void Search_CountsAFacetIgnoringItsOwnChoice_AndEveryOtherFilter()
    {
        using var archive = Open(Reports);

        var results = archive.Search(new SearchRequest { Sources = ["AP"] });

        Assert.Equal(["cocoa-2", "rail-1"], results.Hits.Select(h => h.Id).Order());
        Assert.Equal(3, results.Sources.Single(v => v.Value == "Reuters").Count);
        Assert.Equal(2, results.Sources.Single(v => v.Value == "AP").Count);
    }

    [Fact]
    public void Coverage_CountsEachSearchPerDay_BesideTheArticlesItsFiltersLetThrough()
    {
        using var archive = Open(Reports);

        var counts = archive.Coverage([new SearchRequest { Query = "cocoa OR wheat" }, new SearchRequest { Query = "strike", Sources = ["AP"] }]);

        Assert.Equal(2, counts.Series.Count);
        var (both, ap) = (counts.Series[0], counts.Series[1]);
        Assert.Equal((3, 0), (both.Total, both.Undated));
        Assert.Equal(new Dictionary<DateOnly, int> { [new(2022, 1, 10)] = 1, [new(2022, 1, 12)] = 1, [new(2022, 2, 1)] = 1 }, both.Matches);
        // No filter: the share is of every article of the day.
        Assert.Equal(Reports.GroupBy(a => DateOnly.FromDateTime(a.Date!.Value.UtcDateTime)).ToDictionary(g => g.Key, g => g.Count()), both.Base);
        Assert.Equal(new Dictionary<DateOnly, int> { [new(2022, 3, 7)] = 1 }, ap.Matches);
        Assert.Equal(new Dictionary<DateOnly, int> { [new(2022, 1, 12)] = 1, [new(2022, 3, 7)] = 1 }, ap.Base);
        Assert.Equal(Reports.Length, counts.IndexArticles);
    }

    [Fact]
    public void Coverage_MovesAFacetTypedInTheQueryToItsFilters()
    {
        var left = new Dictionary<string, IReadOnlyList<string>> { ["bias"] = ["left"] };
        using var archive = Open([.. Reports.Take(2).Select(a => a with { Keywords = left }), .. Reports.Skip(2)]);

        var series = Assert.Single(archive.Coverage([new SearchRequest { Query = "cocoa bias:left" }]).Series);

        Assert.Equal([new KeywordFilter("bias", "left")], series.Request.Keywords);
        Assert.Equal(2, series.Total);
        // The share is of the left's articles only.
        Assert.Equal(2, series.Base.Values.Sum());
    }

    [Fact]
    public void FacetValues_CountEveryValueOfTheFacet()
    {
        using var archive = Open(Reports);

        var values = archive.FacetValues(new SearchRequest { Query = "cocoa OR wheat" }, Facet.Sources);

        Assert.Equal([new FacetValue("Reuters", 2), new FacetValue("AP", 1)], values);
    }

    [Fact]
    public void Results_StayOnTheSnapshotTheyWereTakenFrom_WhileTheWriterCommits()
    {
        var path = Build(Reports);
        using var archive = Engine.Open(path);
        using var before = archive.Results(new SearchRequest { Query = "cocoa" }, limit: 10);

        using (var sink = Engine.OpenSink(path))
        {
            sink.Write(Make("cocoa-3", "Cocoa again", "More cocoa news."), origin: null, EarlierVersion.None);
            sink.Commit();
        }
        Assert.True(archive.Refresh());
        using var after = archive.Results(new SearchRequest { Query = "cocoa" }, limit: 10);

        Assert.Equal((2, 2), (before.Total, before.Articles(withText: true).Count()));
        Assert.Equal(3, after.Total);
        Assert.True(after.IndexVersion > before.IndexVersion);
        Assert.Equal(before.IndexArticles + 1, after.IndexArticles);
    }

    [Fact]
    public void Suggest_FinishesTheLastWord()
    {
        using var archive = Open(Reports);

        Assert.Contains("cocoa", archive.Suggest("coc", 5));
    }

    [Fact]
    public void Article_IsShownWithTheQueryWordsMarked_AndAnUnknownIdIsNone()
    {
        using var archive = Open(Reports);

        var view = archive.Article("wheat-1", "wheat");

        Assert.NotNull(view);
        Assert.Equal("Wheat futures slip", view.Article.Title);
        Assert.True(view.MatchCount >= 2);
        Assert.Null(archive.Article("no-such-article", null));
        Assert.True(archive.Contains("wheat-1"));
        Assert.False(archive.Contains("no-such-article"));
    }

    [Fact]
    public void Neighbours_AreTheHitsBeforeAndAfter_AndAStaleRankIsNone()
    {
        using var archive = Open(Reports);
        var request = new SearchRequest { Sort = SearchSort.Oldest };
        var ids = archive.Search(request).Hits.Select(h => h.Id).ToList();

        Assert.Equal(new ResultNeighbours(ids[0], ids[2]), archive.Neighbours(request, 2, ids[1]));
        Assert.Equal(new ResultNeighbours(null, ids[1]), archive.Neighbours(request, 1, ids[0]));
        Assert.Null(archive.Neighbours(request, 2, ids[3]));
    }

    [Fact]
    public void Story_OfOneReportFiledTwice_ListsBothVersions_AndExportsThem()
    {
        using var archive = Open(Reports);

        var hit = archive.Search(new SearchRequest { Query = "rail strike" }).Hits.First();
        var story = Assert.IsType<HitStory>(hit.Story);
        var view = archive.Story(story.Id);
        using var versions = archive.StoryResults(story.Id, limit: 10);

        Assert.Equal(2, story.Size);
        Assert.Equal(["rail-1", "rail-2"], view!.Versions.Select(v => v.Version.Id));
        Assert.True(view.Versions[0].IsFirst);
        Assert.Equal(["rail-1", "rail-2"], versions!.Articles(withText: false).Select(a => a.Article.Id));
        Assert.Null(archive.Story(new StoryId(12345)));
        Assert.Null(archive.StoryMergedInto(story.Id));
    }

    [Fact]
    public void CompareArticles_SetsTwoSideBySide_AndNamesAnUnknownOne()
    {
        using var archive = Open(Reports);

        var pair = archive.CompareArticles("rail-1", "rail-2", out var unknown);
        var missing = archive.CompareArticles("rail-1", "no-such-article", out var named);

        Assert.NotNull(pair);
        Assert.Null(unknown);
        Assert.Equal(0, pair.Sides.Left.UniqueSentences);
        Assert.Null(missing);
        Assert.Equal("no-such-article", named);
    }

    [Fact]
    public void AnArchiveNotYetWritten_SaysSo_AndOpensOnTheFirstRefreshAfterACommit()
    {
        var path = folder.PathOf("later");
        using var archive = Engine.OpenWhenReady(path);

        Assert.Equal(IndexState.Missing, archive.State);
        Assert.Equal(0, Engine.ArticlesAt(path));
        Assert.Throws<IndexUnavailableException>(() => archive.Search(new SearchRequest()));

        new IndexBuilder(Engine, NullLogger<IndexBuilder>.Instance).Build(path, Reports.Select(ReadResult.Of));

        Assert.True(archive.Refresh());
        Assert.Equal(IndexState.Open, archive.State);
        Assert.Equal(Reports.Length, archive.ArticleCount);
        Assert.True(Engine.ExistsAt(path));
    }

    [Fact]
    public void EveryCall_StopsWhenItsReaderHasLeft()
    {
        using var archive = Open(Reports);
        using var left = new CancellationTokenSource();
        left.Cancel();
        var token = left.Token;

        Assert.ThrowsAny<OperationCanceledException>(() => archive.Search(new SearchRequest { Query = "cocoa" }, token));
        Assert.ThrowsAny<OperationCanceledException>(() => archive.FacetValues(new SearchRequest(), Facet.Sources, token));
        Assert.ThrowsAny<OperationCanceledException>(() => archive.Results(new SearchRequest(), 10, token));
        Assert.ThrowsAny<OperationCanceledException>(() => archive.Suggest("coc", 5, token));
        Assert.ThrowsAny<OperationCanceledException>(() => archive.Article("wheat-1", null, cancellation: token));
        Assert.ThrowsAny<OperationCanceledException>(() => archive.Neighbours(new SearchRequest(), 1, "cocoa-1", token));
        Assert.ThrowsAny<OperationCanceledException>(() => archive.Story(new StoryId(1), cancellation: token));
        Assert.ThrowsAny<OperationCanceledException>(() => archive.CompareArticles("rail-1", "rail-2", out _, token));
    }

    [Fact]
    public void Sink_KeepsTheCheckpointItCommitted_ForTheNextWriter()
    {
        var path = folder.PathOf("checkpoints");
        using (var sink = Engine.OpenSink(path))
        {
            Assert.Empty(sink.Checkpoint);
            sink.Write(Reports[0], "a.txt", EarlierVersion.None);
            sink.Commit(new Dictionary<string, string> { ["files"] = "a.txt" });
        }

        using var next = Engine.OpenSink(path);

        Assert.Equal("a.txt", next.Checkpoint["files"]);
        Assert.True(next.WasIndexed("cocoa-1"));
        Assert.Equal(1, next.CountOrigin("a.txt"));
    }

    [Fact]
    public void Sink_ClosedWithoutACommit_LeavesTheArchiveAtItsLastCommit()
    {
        var path = Build(Reports);
        using (var sink = Engine.OpenSink(path))
        {
            sink.Write(Make("lost", "Never committed", "Gone."), origin: null, EarlierVersion.None);
            sink.DeleteOrigin("nothing-of-this-origin");
        }

        using var archive = Engine.Open(path);

        Assert.Equal(Reports.Length, archive.ArticleCount);
        Assert.False(archive.Contains("lost"));
    }

    [Fact]
    public void Sink_RemovesAnOrigin_AndReplacesAnEarlierVersion()
    {
        var path = folder.PathOf("origins");
        using (var sink = Engine.OpenSink(path))
        {
            sink.Write(Reports[0], "a.txt", EarlierVersion.None);
            sink.Write(Reports[2], "b.txt", EarlierVersion.None);
            sink.Commit();
        }
        using (var sink = Engine.OpenSink(path))
        {
            Assert.True(sink.HeldByAnother("wheat-1", "a.txt", gone: []));
            Assert.False(sink.HeldByAnother("wheat-1", "a.txt", gone: ["b.txt"]));
            sink.DeleteOrigin("b.txt");
            sink.Write(Reports[0] with { Title = "Cocoa prices climb again" }, "a.txt", EarlierVersion.InIndex);
            sink.Commit();
        }

        using var archive = Engine.Open(path);

        Assert.Equal(1, archive.ArticleCount);
        Assert.Equal("Cocoa prices climb again", archive.Article("cocoa-1", null)!.Article.Title);
    }

    [Fact]
    public void Sink_IsOneWriterAtATime_AndRefusesWhatItCannotHold()
    {
        var path = folder.PathOf("one-writer");
        using var sink = Engine.OpenSink(path);

        Assert.Throws<IndexLockedException>(() => Engine.OpenSink(path));
        Assert.Null(sink.Refusal(Reports[0]));
        Assert.NotNull(sink.Refusal(Reports[0] with { Id = new string('x', WholeValueLimit.MaxBytes + 1) }));
    }

    [Fact]
    public void Sink_GroupsReportsOfOneEventIntoAStory()
    {
        var path = folder.PathOf("grouping");
        using (var sink = Engine.OpenSink(path))
        {
            foreach (var report in Reports) sink.Write(report, origin: null, EarlierVersion.None);
            var grouping = sink.GroupStories(new StoryOptions());
            sink.Commit();
            Assert.Equal(Reports.Length, grouping.Grouped);
            Assert.True(grouping.Joined >= 1);
        }

        using var archive = Engine.Open(path);

        Assert.Equal(2, archive.Search(new SearchRequest { Query = "rail" }).Hits[0].Story?.Size);
    }
}
