using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Stories;

/// <summary>
/// One hit per story, ranked in one pass, is exactly the full list with each story's later
/// articles left out (checked against doing just that), for every order, page and filter.
/// </summary>
public sealed class OnePerStoryTests : IDisposable
{
    private static readonly string[] Events =
    [
        "Flooding closed the main bridge into the city on Tuesday as the river rose past its record and officials ordered homes along the bank emptied.",
        "The central bank raised its main interest rate by half a point, its third rise this year, saying prices were still climbing too fast for comfort.",
        "A fire at a chemical plant on the edge of the port sent black smoke over the harbour, and residents were told to keep their windows shut overnight.",
        "The football club sacked its manager after a seventh straight defeat left the team two points above the relegation places with ten games to play.",
        "Negotiators reached a deal on fishing quotas after talks that ran through the night, ending a dispute that had kept boats in harbour for weeks.",
    ];

    private static readonly string[] Outlets = ["Reuters", "AP", "AFP"];

    private readonly SmallArchive archive = new(Articles().ToArray());

    public void Dispose() => archive.Dispose();

    /// <summary>Each event reported by one to three outlets a day apart (a story each), and articles of their own in between.</summary>
    private static IEnumerable<Article> Articles()
    {
        for (var e = 0; e < Events.Length; e++)
        {
            for (var copy = 0; copy <= e % 3; copy++)
                yield return Make($"event{e}-{copy}", $"Report {e}", Events[e], Utc(2021, 3, 1 + 3 * e + copy), Outlets[copy]);
            yield return Make($"single{e}", $"Report of its own {e}", $"Prices and a report {e} of something else entirely, with words of its own: {new string((char)('a' + e), 5)}.", Utc(2021, 3, 2 + 3 * e), Outlets[e % 3]);
        }
        yield return Make("undated", "Report without a date", "Prices rose, and the report says nothing of when.", date: null, "AP");
    }

    public static TheoryData<string?, SearchSort, string?> Searches => new()
    {
        { null, SearchSort.Relevance, null },
        { null, SearchSort.Newest, null },
        { null, SearchSort.Oldest, null },
        { null, SearchSort.Added, null },
        { "report", SearchSort.Relevance, null },
        { "prices OR report", SearchSort.Oldest, null },
        { "report", SearchSort.Newest, "Reuters,AP" },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void EveryPage_IsTheFullListWithEachStorysLaterArticlesLeftOut(string? query, SearchSort sort, string? sources)
    {
        var every = new SearchRequest { Query = query, Sort = sort, Sources = sources?.Split(',') ?? [], PageSize = SearchRequest.MaxPageSize };
        var full = archive.Search(every).Hits;
        var firsts = full.Where((hit, i) => hit.Story is not { } story || full.Take(i).All(other => other.Story?.Id != story.Id)).Select(hit => hit.Id).ToList();
        Assert.True(firsts.Count < full.Count, "the archive has stories of several articles");

        for (var page = 1; page <= 3; page++)
        {
            var request = every with { OnePerStory = true, Page = page, PageSize = 3 };

            var results = archive.Search(request);

            Assert.Equal(firsts.Skip((page - 1) * 3).Take(3), results.Hits.Select(h => h.Id));
            Assert.Equal(firsts.Count, results.Stories);
            Assert.Equal(full.Count, results.Total);
        }
    }
}
