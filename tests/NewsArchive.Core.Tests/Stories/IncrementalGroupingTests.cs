using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Stories;

/// <summary>Stories formed across indexing runs: articles added later join the stories already there.</summary>
public class IncrementalGroupingTests
{
    /// <summary>
    /// Word weights come from the archive's own document frequencies, which say nothing in an
    /// archive of five articles: the seeds are indexed among the Reuters stories, as they are bundled.
    /// </summary>
    private static List<Article> Background(int count = int.MaxValue) =>
        CorpusReader.Default.Read([BundledCorpus.Reuters]).Where(r => r.Article is not null).Select(r => r.Article!).Take(count).ToList();

    private static List<Article> SeedArticles() =>
        CorpusReader.Default.Read([BundledCorpus.Seeds]).Select(r => r.Article!).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();

    private static Dictionary<string, StoryId?> StoriesIn(string indexPath)
    {
        using var index = ArchiveIndex.Open(indexPath);
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var table = StoryTable.For(lease.Searcher);
        return Enumerable.Range(0, reader.MaxDoc).ToDictionary(doc => reader.Document(doc).Get(ArchiveSchema.Id), table.StoryOf);
    }

    private static void Index(string path, IEnumerable<Article> articles) =>
        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(path, articles.Select(ReadResult.Of));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Grouping_SeedsIndexedInTwoRuns_FormTheSameOneStory(int firstRun)
    {
        using var folder = new TempFolder("newsarchive-stories-");
        var seeds = SeedArticles();
        Index(folder.Path, Background().Concat(seeds.Take(firstRun)));
        var before = StoriesIn(folder.Path);
        Index(folder.Path, seeds.Skip(firstRun));

        var after = StoriesIn(folder.Path);
        Assert.Single(seeds.Select(seed => after[seed.Id]).Distinct());
        // Stories given in the first run are kept, or merged into the one a later article bridged
        // them to, whose id their own id then leads to: links to them stay valid.
        using var index = ArchiveIndex.Open(folder.Path);
        using var lease = index.Acquire();
        var table = StoryTable.For(lease.Searcher);
        Assert.All(before, pair => Assert.Equal(after[pair.Key], pair.Value == after[pair.Key] ? pair.Value : table.MergedInto(pair.Value!.Value)));
    }

    [Fact]
    public void Grouping_AnArticleBridgingTwoStories_MergesThemUnderTheFirstReported_AndTheOtherIdLeadsThere()
    {
        using var folder = new TempFolder("newsarchive-stories-");
        var seeds = SeedArticles();
        var undated = seeds.Where(seed => seed.Date is null).ToList();
        var dated = seeds.Where(seed => seed.Date is not null).ToList();
        // An undated report alone, then the dated ones: two stories until a second undated report,
        // like both, joins them.
        Index(folder.Path, Background().Append(undated[0]));
        Index(folder.Path, dated);
        var apart = StoriesIn(folder.Path);
        Assert.NotEqual(apart[undated[0].Id], apart[dated[0].Id]);

        Index(folder.Path, [undated[1]]);

        var after = StoriesIn(folder.Path);
        Assert.Single(seeds.Select(seed => after[seed.Id]).Distinct());
        Assert.Equal(apart[dated[0].Id], after[undated[0].Id]);
        using var index = ArchiveIndex.Open(folder.Path);
        using var lease = index.Acquire();
        var table = StoryTable.For(lease.Searcher);
        Assert.Equal(apart[dated[0].Id], table.MergedInto(apart[undated[0].Id]!.Value));
        Assert.True(table.Members(apart[undated[0].Id]!.Value).IsEmpty);
        Assert.Null(table.MergedInto(apart[dated[0].Id]!.Value));
    }

    [Fact]
    public void Grouping_ArticleAddedLater_JoinsItsCopyButNotAnUnrelatedArticle()
    {
        using var folder = new TempFolder("newsarchive-stories-");
        var day = TestArticle.Utc(2024, 3, 1);
        const string text = "The harbour authority of Valletta closed the northern quay after a crane collapsed onto a cargo ship on Friday morning, officials said. Nobody was hurt, but three containers fell into the water and divers were searching for them.";
        Index(folder.Path, Background(3000).Append(TestArticle.Make("wire", "Crane collapses onto ship in Valletta harbour", text, day, "Wire")));
        Index(folder.Path,
        [
            TestArticle.Make("copy", "Crane collapses onto ship in Valletta harbour", text + " More follows.", day.AddHours(3), "Daily Paper"),
            TestArticle.Make("other", "Parliament passes budget", "The parliament passed next year's budget by a narrow margin after a long debate about pensions and schools.", day, "Wire"),
        ]);

        var stories = StoriesIn(folder.Path);
        Assert.Equal(StoryId.StartedBy("wire"), stories["wire"]);
        Assert.Equal(stories["wire"], stories["copy"]);
        Assert.Equal(StoryId.StartedBy("other"), stories["other"]);
    }

    [Fact]
    public void Grouping_TheSameTextAMonthLater_IsANearCopyInTheSameStory()
    {
        using var folder = new TempFolder("newsarchive-stories-");
        const string text = "The harbour authority of Valletta closed the northern quay after a crane collapsed onto a cargo ship, officials said. Three containers fell into the water and divers were searching for them.";
        Index(folder.Path, Background(3000).Concat(
        [
            TestArticle.Make("march", "Crane collapses in Valletta harbour", text, TestArticle.Utc(2024, 3, 1), "Wire"),
            // The same text a month later is still a near-copy; a report of the same kind is not.
            TestArticle.Make("april-copy", "Crane collapses in Valletta harbour", text, TestArticle.Utc(2024, 4, 1), "Daily Paper"),
        ]));
        var stories = StoriesIn(folder.Path);
        Assert.Equal(stories["march"], stories["april-copy"]);
    }

    [Theory]
    [InlineData("Wire", "Wire", false)]
    [InlineData("Wire", "Gazette", true)]
    public void Grouping_TwoReportsInOneWording_AreTakenForOneEventFromTwoOutlets_ButNotFromOne(string firstSource, string secondSource, bool together)
    {
        using var folder = new TempFolder("newsarchive-stories-");
        var day = TestArticle.Utc(2024, 3, 1, 9);
        // Two companies' results in one wording: one wire's template; from two outlets, alike enough to be taken for one event.
        var first = TestArticle.Make("first", "Ortolan Mills quarterly results",
            "Ortolan Mills said quarterly net profit rose on higher flour sales, and its board raised the dividend. The miller expects sales to grow in the second half.", day, firstSource);
        var second = TestArticle.Make("second", "Kestrel Brewing quarterly results",
            "Kestrel Brewing said quarterly net profit rose on higher beer sales, and its board raised the dividend. The brewer expects sales to grow in the second half.", day.AddHours(2), secondSource);
        Index(folder.Path, Background(3000).Append(first).Append(second));

        var stories = StoriesIn(folder.Path);
        Assert.Equal(together, stories["first"] == stories["second"]);
    }
}
