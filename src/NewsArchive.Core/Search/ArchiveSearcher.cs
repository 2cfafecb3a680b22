using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Core.Search;

/// <summary>
/// Runs a search: the hits of the requested page, the total, and the facets (sources, dates,
/// keywords), all in one pass over the matches. Thread-safe; one instance serves all requests.
/// </summary>
public sealed class ArchiveSearcher(ArchiveIndex index, Analyzer analyzer)
{
    /// <summary>Keyword facets show their most frequent values only.</summary>
    public const int KeywordFacetSize = 10;

    // Undated articles, and those with absurd dates, go last in both date orders.
    private static readonly SortField NewestFirst = DateSort(reverse: true, missing: long.MinValue);
    private static readonly SortField OldestFirst = DateSort(reverse: false, missing: long.MaxValue);

    private readonly TextHighlighter highlighter = new(analyzer);

    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var parsed = UserQueryParser.Parse(request.Query, analyzer);
        var query = SearchFilters.Apply(parsed.Query, request);

        using var lease = index.Acquire();
        var searcher = lease.Searcher;

        var window = Math.Min(request.Page * request.PageSize, SearchRequest.MaxResultWindow);
        var top = TopFieldCollector.Create(SortFor(request.EffectiveSort), Math.Max(1, window), false, false, false, false);
        var days = new DayCounter();
        var keywordCounters = KeywordFields(searcher.IndexReader).Select(f => new KeywordCounter(f)).ToList();
        // Each facet's counts ignore the facet's own selection, so a reader sees what choosing
        // another source would add; sources are counted in a second pass when some are chosen.
        var sources = new SourceCounter();
        var collectors = new List<ICollector> { top, days };
        collectors.AddRange(keywordCounters);
        if (request.Sources.Count == 0) collectors.Add(sources);
        searcher.Search(query, MultiCollector.Wrap(collectors.ToArray()));
        if (request.Sources.Count > 0) searcher.Search(SearchFilters.Apply(parsed.Query, request, includeSources: false), sources);

        var matcher = new QueryTermMatcher(parsed.Query);
        var start = (request.Page - 1) * request.PageSize;
        var hits = top.GetTopDocs(start, request.PageSize).ScoreDocs
            .Select(scoreDoc => ToHit(ArticleDocument.ToArticle(searcher.Doc(scoreDoc.Doc)), matcher))
            .ToList();

        return new SearchResults
        {
            Request = request,
            Total = top.TotalHits,
            Hits = hits,
            Sources = sources.Results(),
            Dates = DateHistogramBuilder.Build(days.CountsByDay, days.Undated),
            Keywords = keywordCounters
                .Select(c => (List: c.Field[ArchiveSchema.KeywordPrefix.Length..], Values: c.Results()))
                .Where(facet => facet.Values.Count > 0)
                // The lists that describe most of the matches come first.
                .OrderByDescending(facet => facet.Values.Sum(v => v.Count))
                .ToDictionary(facet => facet.List, facet => (IReadOnlyList<FacetValue>)facet.Values.Take(KeywordFacetSize).ToList()),
            Notice = parsed.Notice,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>The article with this id, with the words of <paramref name="query"/> marked; null if there is none.</summary>
    public ArticleView? Article(string id, string? query)
    {
        using var lease = index.Acquire();
        var top = lease.Searcher.Search(new TermQuery(ArticleDocument.IdTerm(id)), 1);
        if (top.TotalHits == 0) return null;
        var article = ArticleDocument.ToArticle(lease.Searcher.Doc(top.ScoreDocs[0].Doc));
        var matcher = new QueryTermMatcher(UserQueryParser.Parse(query, analyzer).Query);
        return new ArticleView(
            article,
            highlighter.MarkAll(ArchiveSchema.Title, article.Title, matcher),
            article.Paragraphs.Select(p => highlighter.MarkAll(ArchiveSchema.Body, p, matcher)).ToList());
    }

    private SearchHit ToHit(Article article, QueryTermMatcher matcher) => new(
        article.Id,
        highlighter.MarkAll(ArchiveSchema.Title, article.Title, matcher),
        article.Source,
        article.Date,
        highlighter.BestPassage(ArchiveSchema.Body, article.Body, matcher));

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(NewestFirst),
        SearchSort.Oldest => new Sort(OldestFirst),
        _ => new Sort(SortField.FIELD_SCORE, NewestFirst),
    };

    private static SortField DateSort(bool reverse, long missing)
    {
        var sort = new SortField(ArchiveSchema.SortDate, SortFieldType.INT64, reverse);
        sort.SetMissingValue(missing);
        return sort;
    }

    private static IEnumerable<string> KeywordFields(IndexReader reader) =>
        MultiFields.GetMergedFieldInfos(reader)
            .Where(info => info.HasDocValues && info.Name.StartsWith(ArchiveSchema.KeywordPrefix, StringComparison.Ordinal))
            .Select(info => info.Name)
            .Order(StringComparer.Ordinal);
}

/// <summary>An article ready to read: its title and paragraphs with the query's words marked.</summary>
public sealed record ArticleView(Article Article, HighlightedText Title, IReadOnlyList<HighlightedText> Paragraphs)
{
    public int MatchCount => Title.MatchCount + Paragraphs.Sum(p => p.MatchCount);
}
