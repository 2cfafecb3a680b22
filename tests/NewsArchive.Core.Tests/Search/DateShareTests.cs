using Lucene.Net.Index;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search.Counting;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// Each bar of the date histogram knows how many articles of its period pass the search's filters
/// (all of them when there is none), so it can show the matches as a share of them; checked
/// against counting by hand.
/// </summary>
[Collection(ArchiveCollection.Name)]
public class DateShareTests(ArchiveFixture archive)
{
    public static TheoryData<SearchRequest> Requests => new()
    {
        new SearchRequest { Query = "cocoa", ExactWords = true },
        new SearchRequest { Query = "coffee", ExactWords = true, Sources = ["Reuters"], Keywords = [new KeywordFilter("topics", "coffee")] },
        new SearchRequest { From = new DateOnly(1987, 3, 1), To = new DateOnly(1987, 3, 31) },
        new SearchRequest { Query = "tokayev", ExactWords = true },
        new SearchRequest(),
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Search_EachBucket_CountsTheFilteredArticlesOfItsPeriodAndTheShare(SearchRequest request)
    {
        var results = archive.Search(request);

        Assert.NotEmpty(results.Dates.Buckets);
        foreach (var bucket in results.Dates.Buckets)
        {
            var all = archive.Articles.Count(a => BruteForce.Day(a) is { } day && day >= bucket.Start && day < bucket.End
                && BruteForce.InSources(a, request) && BruteForce.InDates(a, request) && BruteForce.HasKeywords(a, request));
            Assert.True(all == bucket.AllCount, $"{bucket.Label}: all articles {all}, the bucket says {bucket.AllCount}");
            var share = all == 0 ? 0 : bucket.Count * 100.0 / all;
            Assert.Equal(share, bucket.Share, precision: 9);
        }
    }

    [Fact]
    public void Search_BrowsingEverything_EveryDatedBarIsAHundredPercent()
    {
        var results = archive.Search(new SearchRequest());

        Assert.All(results.Dates.Buckets.Where(b => b.Count > 0), b => Assert.Equal(100, b.Share, precision: 9));
        Assert.All(results.Dates.Buckets.Where(b => b.Count == 0), b => Assert.Equal((0, 0.0), (b.AllCount, b.Share)));
    }

    [Fact]
    public void Search_Filtered_SharesAreOfTheFilteredArticlesNotOfAll()
    {
        var request = new SearchRequest { Query = "prices", ExactWords = true, Keywords = [new KeywordFilter("topics", "cocoa")] };
        var results = archive.Search(request);

        var march = results.Dates.Buckets.Single(b => b.Label == "1987-03");
        var cocoa = archive.Articles.Count(a => BruteForce.Day(a) is { Year: 1987, Month: 3 } && BruteForce.HasKeywords(a, request));
        Assert.Equal(cocoa, march.AllCount);
        Assert.True(march.AllCount < archive.Articles.Count(a => BruteForce.Day(a) is { Year: 1987, Month: 3 }));
    }

    [Fact]
    public void Search_FilteredWithoutWords_EveryPeriodIsAHundredPercent()
    {
        var results = archive.Search(new SearchRequest { Sources = ["Reuters"], Keywords = [new KeywordFilter("topics", "cocoa")] });

        Assert.All(results.Dates.Buckets.Where(b => b.Count > 0), b => Assert.Equal(100, b.Share, precision: 9));
    }

    [Fact]
    public void DateHistogram_PeriodWithFewArticles_IsSparseAndNeverTheLargestShare()
    {
        var all = new AllArticleDays(new Dictionary<long, int> { [EpochDays.FromDate(new DateOnly(2020, 1, 5))] = 1000, [EpochDays.FromDate(new DateOnly(2020, 6, 5))] = 2 });

        var histogram = DateHistogramBuilder.Build(new Dictionary<long, int> { [EpochDays.FromDate(new DateOnly(2020, 1, 5))] = 100, [EpochDays.FromDate(new DateOnly(2020, 6, 5))] = 1 }, 0, all);

        var (january, june) = (histogram.Buckets.Single(b => b.Label == "2020-01"), histogram.Buckets.Single(b => b.Label == "2020-06"));
        Assert.Equal((false, true), (january.Sparse, june.Sparse));
        Assert.Equal(50, june.Share, precision: 9);
        Assert.Equal(10, histogram.MaxShare, precision: 9);
    }

    [Fact]
    public void AllArticleDays_SameSearcher_IsCountedOnce()
    {
        using var lease = archive.Index.Acquire();

        var first = AllArticleDays.For(lease.Searcher);
        archive.Search("cocoa");

        Assert.Same(first, AllArticleDays.For(lease.Searcher));
    }

    [Fact]
    public void AllArticleDays_AnotherReader_IsCountedAfresh()
    {
        using var lease = archive.Index.Acquire();
        using var reopened = DirectoryReader.Open(((DirectoryReader)lease.Searcher.IndexReader).Directory);

        var counts = AllArticleDays.For(new ArchiveIndexSearcher(reopened, new SegmentCache()));

        Assert.NotSame(AllArticleDays.For(lease.Searcher), counts);
        Assert.Equal(AllArticleDays.For(lease.Searcher).Between(long.MinValue, long.MaxValue), counts.Between(long.MinValue, long.MaxValue));
        Assert.Equal(archive.Articles.Count(a => a.Date is not null), counts.Between(long.MinValue, long.MaxValue));
    }
}
