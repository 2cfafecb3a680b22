using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Pages follow one another without overlap or gap, in every order.</summary>
[Collection(ArchiveCollection.Name)]
public class PagingTests(ArchiveFixture archive)
{
    [Theory]
    [InlineData("telephone", SearchSort.Relevance)]
    [InlineData("telephone", SearchSort.Newest)]
    [InlineData("telephone", SearchSort.Oldest)]
    [InlineData("", SearchSort.Newest)]
    public void Pages_ContinueEachOtherLikeOneBigPage(string query, SearchSort sort)
    {
        var request = new SearchRequest { Query = query, Sort = sort, PageSize = 10 };

        var paged = Enumerable.Range(1, 4).SelectMany(page => archive.Search(request with { Page = page }).Hits).Select(h => h.Id).ToList();
        var onePage = archive.Search(request with { PageSize = 40 }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(40, paged.Count);
        Assert.Equal(onePage, paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
    }

    [Fact]
    public void LastPage_HoldsTheRemainder()
    {
        var results = archive.Search(new SearchRequest { Query = "cocoa", Page = 13, PageSize = 10 });

        Assert.Equal(129, results.Total);
        Assert.Equal(9, results.Hits.Count);
        Assert.Equal(13, results.PageCount);
    }

    [Fact]
    public void PageBeyondTheEnd_HasNoHitsButTheRightTotal()
    {
        var results = archive.Search(new SearchRequest { Query = "cocoa", Page = 14, PageSize = 10 });

        Assert.Empty(results.Hits);
        Assert.Equal(129, results.Total);
        Assert.Equal(129, results.Sources.Sum(s => s.Count));
    }

    [Fact]
    public void PageBeyondTheResultWindow_HasNoHitsButTheRightTotal()
    {
        var results = archive.Search(new SearchRequest { Page = SearchRequest.MaxResultWindow / 10 + 1, PageSize = 10 });

        Assert.Empty(results.Hits);
        Assert.Equal(archive.Articles.Count, results.Total);
        Assert.Equal(SearchRequest.MaxResultWindow / 10, results.PageCount);
    }

    [Fact]
    public void LastPageInsideTheResultWindow_IsFull()
    {
        var results = archive.Search(new SearchRequest { Page = SearchRequest.MaxResultWindow / 100, PageSize = 100 });

        Assert.Equal(100, results.Hits.Count);
    }
}
