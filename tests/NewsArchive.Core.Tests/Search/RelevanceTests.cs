using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Relevance order: where a word occurs matters more than when the article appeared.</summary>
public sealed class RelevanceTests : IDisposable
{
    private readonly SmallArchive archive = new(
        Make("title-match", "Walrus sighted off the coast", "A large animal was seen near the harbour on Monday, officials said.",
            Utc(2020, 1, 1)),
        // Newer, so a date tie-break would put it first.
        Make("body-match", "Animal sighted off the coast", "A large walrus was seen near the harbour on Monday, officials said.",
            Utc(2021, 1, 1)),
        Make("no-match", "Seal sighted off the coast", "A large seal was seen near the harbour on Monday, officials said.",
            Utc(2022, 1, 1)));

    public void Dispose() => archive.Dispose();

    [Fact]
    public void Relevance_TitleMatchRanksAboveBodyOnlyMatch()
    {
        Assert.Equal(["title-match", "body-match"], archive.Ids(new SearchRequest { Query = "walrus" }));
    }

    [Fact]
    public void Query_WithoutSort_IsByRelevance()
    {
        Assert.Equal(SearchSort.Relevance, new SearchRequest { Query = "walrus" }.EffectiveSort);
        Assert.Equal(SearchSort.Newest, new SearchRequest { Query = "  " }.EffectiveSort);
    }

    [Fact]
    public void Newest_OverridesRelevance()
    {
        Assert.Equal(["body-match", "title-match"], archive.Ids(new SearchRequest { Query = "walrus", Sort = SearchSort.Newest }));
    }

    [Fact]
    public void Relevance_EqualScores_AreNewestFirst()
    {
        Assert.Equal(["no-match", "body-match", "title-match"], archive.Ids(new SearchRequest { Query = "coast" }));
    }
}
