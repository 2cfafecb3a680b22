using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Relevance;

/// <summary>
/// NewsArchive as its users get it: the app's own searcher, query parser and sort, over an index
/// built by the app's own indexer. Its timings include the facets and snippets of every search.
/// </summary>
internal sealed class ArchiveRanker(ArchiveSearcher searcher) : IRanker
{
    public string System => "NewsArchive";

    public string Settings => "as shipped";

    public IReadOnlyList<string> Top(IReadOnlyList<string> words, QueryMode mode, int count) =>
        searcher.Search(new SearchRequest { Query = LuceneQueryText.Of(words, mode), PageSize = count })
            .Hits.Select(hit => hit.Id).ToList();
}

/// <summary>Words as a user would type them into the search box.</summary>
internal static class LuceneQueryText
{
    // Lowercase words are never read as operators; "OR" between them is.
    public static string Of(IReadOnlyList<string> words, QueryMode mode) =>
        string.Join(mode == QueryMode.And ? " " : " OR ", words);
}
