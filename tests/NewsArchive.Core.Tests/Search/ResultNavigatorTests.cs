using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Previous and next result: the neighbours in the result list, wherever the pages break it.</summary>
public sealed class ResultNavigatorTests : IDisposable
{
    private const int Count = 25;

    private readonly SmallArchive archive = new(Enumerable.Range(1, Count)
        .Select(i => Make($"a{i:00}", $"Report {i}", i % 2 == 0 ? "Cocoa prices rose." : "Cocoa cocoa cocoa prices.", Utc(2020, 1, i)))
        .ToArray());

    public void Dispose() => archive.Dispose();

    public static TheoryData<int> Ranks => [1, 2, 9, 10, 11, 12, 20, 24, Count];

    [Theory]
    [MemberData(nameof(Ranks))]
    public void Around_AnyRank_GivesTheHitsBeforeAndAfterIt(int rank)
    {
        foreach (var request in new[] { new SearchRequest(), new SearchRequest { Query = "cocoa", PageSize = 3 }, new SearchRequest { Sort = SearchSort.Oldest, Page = 2 } })
        {
            var ids = archive.Ids(request);

            var neighbours = archive.Searcher.Neighbours(request, rank, ids[rank - 1]);

            Assert.Equal(new ResultNeighbours(rank > 1 ? ids[rank - 2] : null, rank < Count ? ids[rank] : null), neighbours);
        }
    }

    [Fact]
    public void Around_OneHitPerStory_LeadsThroughTheStoriesAsTheirListShowsThem()
    {
        var request = new SearchRequest { Query = "prices", OnePerStory = true, PageSize = 4 };
        var ids = archive.Ids(request);

        Assert.InRange(ids.Count, 3, Count - 1);
        for (var rank = 1; rank <= ids.Count; rank++)
            Assert.Equal(new ResultNeighbours(rank > 1 ? ids[rank - 2] : null, rank < ids.Count ? ids[rank] : null), archive.Searcher.Neighbours(request, rank, ids[rank - 1]));
    }

    [Fact]
    public void Around_TheLastHitOfAPage_LeadsToTheFirstOfTheNext()
    {
        var request = new SearchRequest { Page = 1, PageSize = 10 };
        var secondPage = archive.Search(request with { Page = 2 }).Hits;

        var neighbours = archive.Searcher.Neighbours(request, 10, archive.Search(request).Hits[^1].Id);

        Assert.Equal(secondPage[0].Id, neighbours?.NextId);
    }

    [Fact]
    public void Around_ARankThatIsNotThatArticle_IsUnknown()
    {
        var ids = archive.Ids(new SearchRequest());

        Assert.Null(archive.Searcher.Neighbours(new SearchRequest(), 5, ids[6]));
        Assert.Null(archive.Searcher.Neighbours(new SearchRequest(), 5, "no-such-article"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Count + 1)]
    [InlineData(SearchRequest.MaxResultWindow + 1)]
    public void Around_ARankOutsideTheList_IsUnknown(int rank)
    {
        Assert.Null(archive.Searcher.Neighbours(new SearchRequest(), rank, "a01"));
    }

    [Fact]
    public void Around_ARankDeeperThanAnyPageGoes_IsUnknown()
    {
        // With 3 hits a page, the last page (3,333) ends at hit 9,999.
        Assert.Null(archive.Searcher.Neighbours(new SearchRequest { PageSize = 3 }, SearchRequest.MaxResultWindow, "a01"));
    }
}
