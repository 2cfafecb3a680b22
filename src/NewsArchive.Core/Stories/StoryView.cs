using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Stories.Comparison;

namespace NewsArchive.Core.Stories;

/// <summary>One version in a story's list: how long it is, whether it was the first, and its keyword lists.</summary>
public sealed record StoryMember(StoryVersion Version, int Words, bool IsFirst)
{
    /// <summary>The article's keyword lists by name (for AllSides its bias, topic and site), as the search's facets read them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>
/// A story as its page shows it: every version oldest first (undated last), the first one
/// marked, two versions compared side by side, and the names the versions spell differently.
/// </summary>
public sealed record StoryView(StoryId Id, IReadOnlyList<StoryMember> Versions, VersionComparison? Comparison, IReadOnlyList<NameVariants> Names)
{
    /// <summary>Distinct outlets of the versions; each version without a known source counts as one (as in <see cref="StoryTable.OutletsOf"/>).</summary>
    public int Outlets => Versions.Select(v => v.Version.Source ?? v.Version.Id).Distinct().Count();

    /// <summary>The versions counted by each keyword list they have (see <see cref="StoryFacets"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Search.FacetValue>> Facets => StoryFacets.Count(Versions);

    /// <summary>The earliest and latest publication dates among the versions; null when none is dated.</summary>
    public (DateTimeOffset First, DateTimeOffset Last)? Span =>
        Versions.Select(v => v.Version.Date).OfType<DateTimeOffset>().ToList() is { Count: > 0 } dates ? (dates.Min(), dates.Max()) : null;

    /// <summary>Versions read for one page at most: a story is a few reports, but a template repeated all year could be many.</summary>
    public const int MaxVersions = 200;

    /// <summary>The story's versions and the comparison of <paramref name="left"/> with <paramref name="right"/> (ids; by default the first two); null if the story has no article.</summary>
    internal static StoryView? Build(IndexSearcher searcher, Analyzer analyzer, StoryId id, string? left, string? right)
    {
        var docs = StoryTable.For(searcher.IndexReader).Members(id).ToArray();
        if (docs.Length == 0) return null;
        var articles = docs.Take(MaxVersions).Select(doc => ArticleDocument.ToArticle(searcher.Doc(doc))).ToList();
        var members = articles
            .Select((article, i) => new StoryMember(
                new StoryVersion(article.Id, article.Title, article.Source, article.Date),
                WordCount(article.Body),
                // The table lists dated versions first, oldest first: the first is the earliest when it is dated.
                IsFirst: i == 0 && article.Date is not null) { Keywords = article.Keywords })
            .ToList();

        VersionComparison? comparison = null;
        if (articles.Count > 1)
        {
            var leftIndex = IndexOf(articles, left) ?? 0;
            var rightIndex = IndexOf(articles, right) is { } r && r != leftIndex ? r : leftIndex == 0 ? 1 : 0;
            comparison = new VersionComparer(analyzer).Compare(
                members[leftIndex].Version, articles[leftIndex], members[rightIndex].Version, articles[rightIndex]);
        }
        var names = NameDifferences.Find(members.Select((m, i) => (m.Version, articles[i].Title + "\n" + articles[i].Body)).ToList());
        return new StoryView(id, members, comparison, names);
    }

    private static int? IndexOf(List<Articles.Article> articles, string? id) =>
        id is null ? null : articles.FindIndex(a => a.Id == id) is var i and >= 0 ? i : null;

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
