using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Absurd dates (year 0001, the future) are kept, but never head a list sorted by date.</summary>
public sealed class AbsurdDateSortTests : IDisposable
{
    private readonly SmallArchive archive = new(
        TestArticle.Make("ancient", date: TestArticle.Utc(1, 11, 30)),
        TestArticle.Make("future", date: TestArticle.Utc(2050, 9, 30)),
        TestArticle.Make("old", date: TestArticle.Utc(1987, 3, 1)),
        TestArticle.Make("recent", date: TestArticle.Utc(2022, 1, 10)),
        TestArticle.Make("undated"));

    public void Dispose() => archive.Dispose();

    [Theory]
    [InlineData(SearchSort.Newest, "recent", "old")]
    [InlineData(SearchSort.Oldest, "old", "recent")]
    public void DateSorts_PutPlausibleDatesFirstAndAbsurdOnesWithTheUndated(SearchSort sort, string first, string second)
    {
        var ids = archive.Ids(new SearchRequest { Sort = sort });

        Assert.Equal([first, second], ids.Take(2));
        Assert.Equal(["ancient", "future", "undated"], ids.Skip(2).Order());
    }

    [Fact]
    public void AbsurdDates_AreKeptAsGiven()
    {
        var hit = archive.Search(new SearchRequest { Query = "title", Sort = SearchSort.Newest, PageSize = 10 })
            .Hits.Single(h => h.Id == "future");

        Assert.Equal(TestArticle.Utc(2050, 9, 30), hit.Date);
    }
}
