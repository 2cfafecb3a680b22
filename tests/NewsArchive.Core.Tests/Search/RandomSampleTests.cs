using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// sort=random&amp;seed=N: the first hits are a uniform random sample of the matches (each article
/// as likely as any other to be drawn, checked over thousands of seeds), the same for the same
/// seed, and still the same for the articles already there when the archive grows.
/// </summary>
public sealed class RandomSampleTests : IDisposable
{
    private const int Articles = 200;
    private const int Sample = 20;

    private readonly TempFolder folder = new("newsarchive-random-");

    public void Dispose() => folder.Dispose();

    private static Article Numbered(int i) =>
        Make($"a-{i:000}", $"Report number {i}", $"Report number {i} on the harvest, with words of its own: w{i}x w{i}y.", Utc(2020, 1, 1).AddDays(i % 300), i % 2 == 0 ? "Even" : "Odd");

    private IArchive Open(string name, IEnumerable<Article> articles)
    {
        var path = folder.PathOf(name);
        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(path, articles.Select(ReadResult.Of));
        return new LuceneArchiveEngine().Open(path);
    }

    private static IReadOnlyList<string> Ids(IArchive archive, SearchRequest request) =>
        archive.Search(request with { AdviseSpelling = false, Snippets = false }).Hits.Select(h => h.Id).ToList();

    private static SearchRequest Random(int seed, int size = Sample) => new() { Sort = SearchSort.Random, Seed = seed, PageSize = size };

    [Fact]
    public void TheSameSeed_GivesTheSameSample_AnotherSeedAnother_AndPagesGoOnWithoutRepeating()
    {
        using var archive = Open("archive", Enumerable.Range(0, Articles).Select(Numbered));

        var first = Ids(archive, Random(42));

        Assert.Equal(first, Ids(archive, Random(42)));
        Assert.NotEqual(first, Ids(archive, Random(43)));
        var second = Ids(archive, Random(42) with { Page = 2 });
        Assert.Empty(first.Intersect(second));
        Assert.Equal(Ids(archive, Random(42, size: 2 * Sample)), [.. first, .. second]);
        Assert.Equal(Sample, first.Distinct().Count());
    }

    [Fact]
    public void EachArticle_IsAsLikelyAsAnyToBeDrawn()
    {
        using var archive = Open("archive", Enumerable.Range(0, Articles).Select(Numbered));
        const int seeds = 2_000;
        var drawn = new Dictionary<string, int>();
        var firsts = new Dictionary<string, int>();

        for (var seed = 0; seed < seeds; seed++)
        {
            var ids = Ids(archive, Random(seed));
            foreach (var id in ids) drawn[id] = drawn.GetValueOrDefault(id) + 1;
            firsts[ids[0]] = firsts.GetValueOrDefault(ids[0]) + 1;
        }

        // Each article drawn seeds × 20 / 200 = 200 times on average: a chi-square test with 199
        // degrees of freedom (mean 199, spread about 20) far from its tail passes at 199 + 5 × 20.
        const double expected = seeds * (double)Sample / Articles;
        var chiSquare = Enumerable.Range(0, Articles).Select(i => drawn.GetValueOrDefault($"a-{i:000}")).Sum(n => (n - expected) * (n - expected) / expected);
        Assert.True(chiSquare < 300, $"chi-square {chiSquare:F1} over {Articles} articles");
        // And the first place goes round them all: about 10 times each.
        Assert.True(firsts.Count > Articles * 0.95, $"only {firsts.Count} articles ever came first");
    }

    [Fact]
    public void ASample_IsOfTheMatchesOnly_AndCountsThemAll()
    {
        using var archive = Open("archive", Enumerable.Range(0, Articles).Select(Numbered));

        var results = archive.Search(Random(7) with { Query = "harvest", Sources = ["Even"] });

        Assert.Equal(Articles / 2, results.Total);
        Assert.All(results.Hits, h => Assert.Equal("Even", h.Source));
        Assert.Equal(Sample, results.Hits.Count);
    }

    [Fact]
    public void TheArticlesAlreadyThere_KeepTheirOrder_WhenTheArchiveGrows()
    {
        using var before = Open("before", Enumerable.Range(0, Articles).Select(Numbered));
        using var after = Open("after", Enumerable.Range(0, Articles + 100).Select(Numbered));

        var old = Ids(before, Random(5, size: 100));
        var grown = Ids(after, Random(5, size: 100));

        var oldIds = Enumerable.Range(0, Articles).Select(i => $"a-{i:000}").ToHashSet();
        var kept = grown.Where(oldIds.Contains).ToList();
        Assert.Equal(old.Take(kept.Count), kept);
    }

    [Fact]
    public void OnePerStory_SamplesStories_NotArticles()
    {
        // 50 stories of five identical reports each, and 50 single reports: a sample of articles
        // would start with a five-report story five times in six; a sample of stories, one time in two.
        // Each story's text its own made-up words, so that no two stories look alike.
        var words = new System.Random(3);
        string Text(int length) => string.Join(' ', Enumerable.Range(0, length).Select(_ => new string(Enumerable.Range(0, 7).Select(_ => (char)('a' + words.Next(26))).ToArray())));
        var stories = Enumerable.Range(0, 50).Select(s => (Title: Text(6), Body: Text(60))).SelectMany((text, s) => Enumerable.Range(0, 5).Select(v =>
            Make($"s{s:00}-{v}", text.Title, text.Body, Utc(2021, 5, 1).AddDays(s), "Wire" + v))).ToList();
        var singles = Enumerable.Range(0, 50).Select(i => Make($"single-{i:00}", Text(6), Text(60), Utc(2021, 6, 1).AddDays(i), "Desk")).ToList();
        using var archive = Open("stories", [.. stories, .. singles]);
        Assert.Equal(100, archive.Search(new SearchRequest { OnePerStory = true }).Stories);

        var big = 0;
        const int seeds = 1_000;
        for (var seed = 0; seed < seeds; seed++)
        {
            var hits = Ids(archive, Random(seed, size: 10) with { OnePerStory = true });
            Assert.Equal(10, hits.Select(id => id.StartsWith("single") ? id : id.Split('-')[0]).Distinct().Count());
            if (!hits[0].StartsWith("single")) big++;
        }

        Assert.InRange(big, seeds * 0.42, seeds * 0.58);
    }
}
