using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Newest and oldest first put undated articles last; browsing defaults to newest first.</summary>
[Collection(ArchiveCollection.Name)]
public class SortOrderTests(ArchiveFixture archive)
{
    // Four Reuters stories and the five seeds, two of them undated.
    private const string MixedQuery = "kazakhstan";

    [Fact]
    public void Newest_DatesNeverIncrease_AndUndatedComeLast()
    {
        var hits = archive.AllHits(new SearchRequest { Query = MixedQuery, Sort = SearchSort.Newest });

        Assert.Equal(9, hits.Count);
        var dates = hits.TakeWhile(h => h.Date is not null).Select(h => h.Date!.Value).ToList();
        Assert.Equal(7, dates.Count);
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.All(hits.Skip(dates.Count), h => Assert.Null(h.Date));
    }

    [Fact]
    public void Oldest_DatesNeverDecrease_AndUndatedComeLast()
    {
        var hits = archive.AllHits(new SearchRequest { Query = MixedQuery, Sort = SearchSort.Oldest });

        var dates = hits.TakeWhile(h => h.Date is not null).Select(h => h.Date!.Value).ToList();
        Assert.Equal(7, dates.Count);
        Assert.Equal(dates.Order(), dates);
        Assert.All(hits.Skip(dates.Count), h => Assert.Null(h.Date));
    }

    [Fact]
    public void Browse_WithoutSort_IsNewestFirst()
    {
        var results = archive.Search(new SearchRequest { PageSize = 50 });

        var newest = archive.Articles.Where(a => a.Date is not null).Max(a => a.Date!.Value);
        Assert.Equal(newest, results.Hits[0].Date);
        var dates = results.Hits.Select(h => h.Date!.Value).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public void Browse_Oldest_StartsWithTheOldestArticle()
    {
        var results = archive.Search(new SearchRequest { Sort = SearchSort.Oldest, PageSize = 50 });

        var oldest = archive.Articles.Where(a => a.Date is not null).Min(a => a.Date!.Value);
        Assert.Equal(oldest, results.Hits[0].Date);
        var dates = results.Hits.Select(h => h.Date!.Value).ToList();
        Assert.Equal(dates.Order(), dates);
    }

    [Theory]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.Oldest)]
    public void Browse_EveryPage_IsTheSameAsSearchingEverything(SearchSort sort)
    {
        // Browsing is answered from counts kept with the reader; a filter that keeps every article
        // (all dates) makes the same search go through the ordinary path.
        var everything = new SearchRequest { Sort = sort, From = new DateOnly(1, 1, 1) };
        foreach (var page in new[] { 1, 2, 37, 101 })
        {
            var browsed = archive.Search(new SearchRequest { Sort = sort, Page = page, PageSize = 100 });
            var searched = archive.Search(everything with { Page = page, PageSize = 100 });

            Assert.Equal(searched.Hits.Select(h => h.Id), browsed.Hits.Select(h => h.Id));
        }
    }

    [Fact]
    public void Newest_OfTheSeeds_PutsTheTwoUndatedOnesLast()
    {
        var request = new SearchRequest { Query = "tokayev", Sort = SearchSort.Newest };

        var hits = archive.AllHits(request);

        Assert.Equal([false, false, false, true, true], hits.Select(h => h.Date is null));
    }
}
