using Lucene.Net.Search;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Tests.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.Core.Tests.Stories;

/// <summary>The bundled corpus grouped into stories when it was indexed.</summary>
[Collection(ArchiveCollection.Name)]
public class StoryGroupingTests(ArchiveFixture archive)
{
    private static readonly string[] Seeds =
        ["000_0991502cd2966729.txt", "001_e8e74c77bd022465.txt", "002_00d06213086799bc.txt", "003_3dab90f634ad840a.txt", "004_575892bb0f18c275.txt"];

    private StoryId? StoryOf(string id)
    {
        using var lease = archive.Index.Acquire();
        var top = lease.Searcher.Search(new TermQuery(ArticleDocument.IdTerm(id)), 1);
        return StoryTable.For(lease.Searcher).StoryOf(top.ScoreDocs[0].Doc);
    }

    [Fact]
    public void Grouping_TheFiveSeeds_FormOneStoryOfTheirOwn()
    {
        var stories = Seeds.Select(StoryOf).ToList();
        Assert.All(stories, story => Assert.Equal(stories[0], story));
        using var lease = archive.Index.Acquire();
        Assert.Equal(5, StoryTable.For(lease.Searcher).Members(stories[0]!.Value).Length);
    }

    [Fact]
    public void Grouping_ReutersExactDuplicates_ShareTheStoryOfTheirOriginal()
    {
        var duplicates = archive.Articles
            .Where(a => a.Body.Length > 0)
            .GroupBy(a => (a.Title, a.Body))
            .Where(g => g.Count() > 1)
            .ToList();
        Assert.NotEmpty(duplicates);
        foreach (var copies in duplicates)
        {
            var stories = copies.Select(a => StoryOf(a.Id)).Distinct().ToList();
            Assert.True(stories.Count == 1, $"{string.Join(", ", copies.Select(a => a.Id))} are in {stories.Count} stories");
        }
    }

    [Fact]
    public void Grouping_EveryArticle_HasAStory()
    {
        using var lease = archive.Index.Acquire();
        var table = StoryTable.For(lease.Searcher);
        var reader = lease.Searcher.IndexReader;
        Assert.All(Enumerable.Range(0, reader.MaxDoc), doc => Assert.NotNull(table.StoryOf(doc)));
        Assert.Equal(reader.NumDocs, table.All().Sum(story => story.Members.Length));
    }
}
