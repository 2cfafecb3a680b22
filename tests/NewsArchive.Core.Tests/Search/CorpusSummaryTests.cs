using NewsArchive.Core.Tests.Support;


namespace NewsArchive.Core.Tests.Search;

/// <summary>What indexing the repository's whole corpus reports.</summary>
[Collection(ArchiveCollection.Name)]
public class CorpusSummaryTests(ArchiveFixture archive)
{
    [Fact]
    public void Summary_OfTheCorpus_IndexesEveryArticleAndSkipsOnlyTheEmptyReutersStory()
    {
        Assert.Equal(BundledCorpus.ReutersArticles + BundledCorpus.SeedArticles, archive.Summary.Added);
        Assert.Equal(0, archive.Summary.Replaced);
        Assert.Equal(BundledCorpus.ReutersArticles + BundledCorpus.SeedArticles, archive.Summary.TotalArticles);
        var problem = Assert.Single(archive.Summary.Skipped);
        Assert.Equal(BundledCorpus.Reuters, problem.Path);
        Assert.Equal(12793, problem.Line);
    }
}
