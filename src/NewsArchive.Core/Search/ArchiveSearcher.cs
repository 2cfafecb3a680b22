using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Sorting;
using NewsArchive.Core.Search.Spelling;
using NewsArchive.Core.Stories;

namespace NewsArchive.Core.Search;

/// <summary>
/// Runs a search: the hits of the requested page, the total, and the facets (sources, dates,
/// keywords), in one pass over the matches plus one counting pass per facet with a selection.
/// Thread-safe; one instance serves all requests.
/// </summary>
public sealed class ArchiveSearcher(ArchiveIndex index, Analyzer analyzer)
{
    // A hit needs these stored fields only (the text only for its snippet): the rest of the
    // article (authors, keywords…) is for its own page.
    private static readonly ISet<string> HitFields = new HashSet<string> { ArchiveSchema.Id, ArchiveSchema.Title, ArchiveSchema.Source, ArchiveSchema.Date, ArchiveSchema.Url, ArchiveSchema.Indexed };
    private static readonly ISet<string> HitFieldsWithText = new HashSet<string>(HitFields) { ArchiveSchema.Body };

    private readonly TextHighlighter highlighter = new(analyzer);
    private readonly SpellingAdvisor spelling = new(analyzer);

    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var parsed = UserQueryParser.Parse(request.Query, analyzer, wordForms: !request.ExactWords);

        using var lease = index.Acquire();
        var searcher = lease.Searcher;

        // Browsing everything shows the same counts until the index changes: they are kept with the reader.
        Matches matches;
        ScoreDoc[] page;
        if (request.OnePerStory)
        {
            (matches, page) = OnePerStory.Search(searcher, parsed.Query, request);
        }
        else if (!request.HasQuery && !request.HasFilters)
        {
            var whole = WholeArchive.For(searcher);
            (matches, page) = (whole.Counts, whole.Page(searcher, request));
        }
        else
        {
            var window = Math.Min(request.Page * request.PageSize, SearchRequest.MaxResultWindow);
            matches = Matches.Count(searcher, parsed.Query, request, sort: null, window);
            page = matches.Hits.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToArray();
        }

        var matcher = new QueryTermMatcher(parsed.Query);
        var stories = StoryTable.For(searcher.IndexReader);
        var hits = page.Select(scoreDoc =>
        {
            var doc = searcher.Doc(scoreDoc.Doc, request.Snippets ? HitFieldsWithText : HitFields);
            return ToHit(ArticleDocument.ToArticle(doc), request.Snippets ? matcher : null)
                with { Story = HitStory.Of(searcher, stories, scoreDoc.Doc), Indexed = ArticleDocument.IndexedAt(doc) };
        }).ToList();

        return new SearchResults
        {
            Request = request,
            Total = matches.Total,
            Stories = matches.Stories,
            Hits = hits,
            Sources = matches.Facets.Sources,
            Dates = DateHistogramBuilder.Build(matches.CountsByDay, matches.Undated, WholeArchive.For(searcher).Days),
            Keywords = matches.Facets.Keywords,
            Notice = parsed.Notice,
            Understood = QueryExplainer.Explain(parsed, request),
            Spelling = request.AdviseSpelling ? spelling.Advise(searcher, request) : SpellingAdvice.None,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// Every value of one facet with its count for the search (one counting pass), as the facet
    /// shows them beside the hits: ignoring the facet's own selection, respecting every other filter.
    /// Null when no article of the index has the facet (an unknown keyword list).
    /// </summary>
    public TopFacetValues? FacetValues(SearchRequest request, Facet facet)
    {
        var parsed = UserQueryParser.Parse(request.Query, analyzer, wordForms: !request.ExactWords);
        using var lease = index.Acquire();
        return FacetPasses.CountOne(lease.Searcher, parsed.Query, request, facet);
    }

    /// <summary>
    /// The first <paramref name="limit"/> matches of <paramref name="request"/> in its order (one
    /// per story if it asks so), to be read one by one; the page and page size are ignored.
    /// Dispose the result to release the searcher it holds.
    /// </summary>
    public ResultSet ResultSet(SearchRequest request, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, SearchRequest.MaxResultWindow);
        var parsed = UserQueryParser.Parse(request.Query, analyzer, wordForms: !request.ExactWords);
        var lease = index.Acquire();
        try
        {
            Matches matches;
            ScoreDoc[] hits;
            if (request.OnePerStory)
            {
                (matches, hits) = OnePerStory.Search(lease.Searcher, parsed.Query, request with { Page = 1, PageSize = limit });
            }
            else
            {
                matches = Matches.Count(lease.Searcher, parsed.Query, request, sort: null, limit);
                hits = matches.Hits;
            }
            return new ResultSet(lease, hits, matches.Total, matches.Stories);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>Completions of a query being typed: frequent words that finish its last word, then titles it finds.</summary>
    public IReadOnlyList<string> Suggest(string text, int max)
    {
        using var lease = index.Acquire();
        return Suggestions.QuerySuggester.Suggest(lease.Searcher, analyzer, text, max);
    }

    /// <summary>The article with this id, with the words of <paramref name="query"/> marked; null if there is none.</summary>
    public ArticleView? Article(string id, string? query, bool wordForms = true)
    {
        using var lease = index.Acquire();
        var top = lease.Searcher.Search(new TermQuery(ArticleDocument.IdTerm(id)), 1);
        if (top.TotalHits == 0) return null;
        var doc = top.ScoreDocs[0].Doc;
        var article = ArticleDocument.ToArticle(lease.Searcher.Doc(doc));
        var matcher = new QueryTermMatcher(UserQueryParser.Parse(query, analyzer, wordForms).Query);
        return new ArticleView(
            article,
            highlighter.MarkAll(ArchiveSchema.Title, article.Title, matcher),
            article.Paragraphs.Select(p => highlighter.MarkAll(ArchiveSchema.Body, p, matcher)).ToList())
        {
            Story = HitStory.Of(lease.Searcher, StoryTable.For(lease.Searcher.IndexReader), doc),
            Related = RelatedArticles.Find(lease.Searcher, analyzer, doc),
        };
    }

    /// <summary>
    /// The story <paramref name="id"/>: its versions, and <paramref name="left"/> and
    /// <paramref name="right"/> (article ids; by default its first two) compared; null if no article has it.
    /// </summary>
    public StoryView? Story(StoryId id, string? left = null, string? right = null)
    {
        using var lease = index.Acquire();
        return StoryView.Build(lease.Searcher, analyzer, id, left, right);
    }

    private SearchHit ToHit(Article article, QueryTermMatcher? matcher) => new(
        article.Id,
        matcher is null ? HighlightedText.Plain(article.Title) : highlighter.MarkAll(ArchiveSchema.Title, article.Title, matcher),
        article.Source,
        article.Date,
        matcher is null ? HighlightedText.Plain("") : highlighter.Snippet(ArchiveSchema.Body, article.Body, matcher))
    {
        Url = article.Url,
    };
}

/// <summary>An article ready to read: its title and paragraphs with the query's words marked, its story and related articles.</summary>
public sealed record ArticleView(Article Article, HighlightedText Title, IReadOnlyList<HighlightedText> Paragraphs)
{
    /// <summary>The story it shares with other articles, if any.</summary>
    public HitStory? Story { get; init; }

    /// <summary>Articles about the same things, other than its own story's.</summary>
    public IReadOnlyList<StoryVersion> Related { get; init; } = [];

    public int MatchCount => Title.MatchCount + Paragraphs.Sum(p => p.MatchCount);
}
