using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>One searcher serves many requests at once and gives each the answer it gives alone.</summary>
[Collection(ArchiveCollection.Name)]
public class ConcurrentSearchTests(ArchiveFixture archive)
{
    private static readonly SearchRequest[] Requests =
    [
        new() { Query = "cocoa" },
        new() { Query = "coffee", Sources = ["Reuters"] },
        new() { Query = "tokayev" },
        new() { Query = "\"trade deficit\"", Sort = SearchSort.Newest },
        new() { Query = "telephon*", From = new DateOnly(1987, 3, 1), To = new DateOnly(1987, 3, 31) },
        new() { Query = "\"unbalanced" },
        new() { Keywords = [new KeywordFilter("topics", "cocoa")] },
    ];

    private static string Fingerprint(SearchResults results) => string.Join("|",
        results.Total,
        string.Join(",", results.Hits.Select(h => h.Id + ":" + h.Snippet.ToHtml())),
        string.Join(",", results.Sources),
        string.Join(",", results.Dates.Buckets.Select(b => b.Count)),
        string.Join(",", results.Keywords.SelectMany(k => k.Value.Select(v => k.Key + v))),
        results.Notice);

    [Fact]
    public async Task Search_ManyAtOnce_GivesTheSameResultsAsOneByOne()
    {
        var alone = Requests.Select(r => Fingerprint(archive.Search(r))).ToList();

        var together = await Task.WhenAll(Enumerable.Range(0, Requests.Length * 8).Select(i => Task.Run(() =>
            (Index: i % Requests.Length, Fingerprint: Fingerprint(archive.Search(Requests[i % Requests.Length]))))));

        Assert.All(together, result => Assert.Equal(alone[result.Index], result.Fingerprint));
    }
}
