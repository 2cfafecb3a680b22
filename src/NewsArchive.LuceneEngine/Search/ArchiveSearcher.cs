using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Queries;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Core.Search.Terms;
using NewsArchive.Core.Search.Spelling;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Stories.Comparison;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search.Counting;
using NewsArchive.LuceneEngine.Search.Highlighting;
using NewsArchive.LuceneEngine.Search.Spelling;
using NewsArchive.LuceneEngine.Stories;
using NewsArchive.LuceneEngine.Stories.Comparison;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// The archive's contract on a Lucene.Net index: a search's hits of the requested page, the total
/// and the facets (sources, dates, keywords) in one pass over the matches (a facet with a
/// selection counted sideways in the same pass), and its articles, stories and result sets.
/// Thread-safe; one instance serves all requests. Each search is bounded by
/// <paramref name="bounds"/> (time, snippet work) and stopped when its reader goes away.
/// It owns <paramref name="index"/> and <paramref name="analyzer"/>: disposing it closes them.
/// </summary>
public sealed class ArchiveSearcher(ArchiveIndex index, Analyzer analyzer, SearchBounds? bounds = null) : IArchive
{
    // A hit needs these stored fields only (the text only for its snippet): the rest of the
    // article (authors, keywords…) is for its own page.
    private static readonly ISet<string> HitFields = new HashSet<string> { ArchiveSchema.Id, ArchiveSchema.Title, ArchiveSchema.Source, ArchiveSchema.Date, ArchiveSchema.Url, ArchiveSchema.Indexed };
    private static readonly ISet<string> HitFieldsWithText = new HashSet<string>(HitFields) { ArchiveSchema.Body };

    private readonly TextHighlighter highlighter = new(analyzer);
    private readonly SpellingAdvisor spelling = new(analyzer);
    private readonly SearchBounds bounds = bounds ?? SearchBounds.Default;

    public IndexState State => index.State;

    public Exception? Fault => index.Fault;

    public int ArticleCount => index.ArticleCount;

    public bool Refresh() => index.MaybeRefresh();

    public SearchResults Search(SearchRequest request, CancellationToken cancellation = default)
    {
        var results = SearchAsTyped(request, cancellation);
        // A query that finds nothing is nearly always misspelt when a correction finds something:
        // the reader is shown what the correction finds, and offered the way back (AsTyped).
        if (results.Total > 0 || request.AsTyped || results.Spelling.Suggestion is not { } suggestion || results.Stopped is not null)
            return results;
        var corrected = SearchAsTyped(request with { Query = suggestion.Query, AdviseSpelling = false }, cancellation);
        return corrected.Total == 0 ? results : corrected with
        {
            CorrectedFrom = request.Query,
            Elapsed = results.Elapsed + corrected.Elapsed,
        };
    }

    private SearchResults SearchAsTyped(SearchRequest request, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        using var deadline = new SearchDeadline(this.bounds.TimeBudget, cancellation);

        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var asked = request;
        // Reading the query expands its prefixes, which over a vocabulary of millions takes most of
        // a second: nothing is done for a reader who has left, before it or after it.
        cancellation.ThrowIfCancellationRequested();
        var (typed, parsed) = Read(request, searcher);
        cancellation.ThrowIfCancellationRequested();
        request = typed.Request;

        // Spelling advice reads the query's words and the archive's vocabulary, never the matches:
        // it is worked out beside the counting pass, so the page waits for the longer of the two
        // rather than for both one after the other (the same work, on another core when one is free).
        var advice = request.AdviseSpelling && request.HasQuery ? Task.Run(() => spelling.Advise(searcher, request), CancellationToken.None) : null;
        try
        {
            Matches matches;
            ScoreDoc[] page;
            if (request.OnePerStory)
            {
                (matches, page) = OnePerStory.Search(searcher, parsed.Query, request, deadline);
            }
            else if (BrowsesEverything(request, typed))
            {
                var whole = WholeArchive.For(searcher);
                (matches, page) = (whole.Counts, whole.Page(searcher, request));
            }
            else
            {
                var window = Math.Min(request.Page * request.PageSize, SearchRequest.MaxResultWindow);
                matches = Matches.Count(searcher, parsed.Query, request, sort: null, window, deadline);
                page = matches.Hits.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToArray();
            }
            cancellation.ThrowIfCancellationRequested();

            var matcher = new QueryTermMatcher(parsed.Query);
            var stories = StoryTable.For(searcher);
            var snippets = new SnippetBudget(this.bounds, deadline);
            var hits = page.Select(scoreDoc =>
            {
                var doc = searcher.Doc(scoreDoc.Doc, request.Snippets ? HitFieldsWithText : HitFields);
                return ToHit(ArticleDocument.ToArticle(doc), request.Snippets ? matcher : null, snippets)
                    with { Story = HitStories.Of(searcher, stories, scoreDoc.Doc), Indexed = ArticleDocument.IndexedAt(doc) };
            }).ToList();
            cancellation.ThrowIfCancellationRequested();

            return new SearchResults
            {
                Request = asked,
                Ticked = typed.Ticked,
                Total = matches.Total,
                Stories = matches.Stories,
                Hits = hits,
                Sources = matches.Facets.Sources,
                Dates = DateHistogramBuilder.Build(matches.CountsByDay, matches.Undated, WholeArchive.For(searcher).ShareBase(searcher, request)),
                Keywords = matches.Facets.Keywords,
                Notice = parsed.Notice,
                Narrowed = parsed.Expansion.Notice,
                Stopped = !matches.Complete ? SearchResults.StoppedCounting : snippets.TimedOut ? SearchResults.StoppedMarking : null,
                Understood = QueryExplainer.Explain(parsed, request, typed.Chosen),
                // Advice is worth waiting for only while the search is within its budget.
                Spelling = advice is not null && !deadline.Passed ? advice.GetAwaiter().GetResult() : SpellingAdvice.None,
                Elapsed = clock.Elapsed,
            };
        }
        finally
        {
            // The advice reads the leased searcher: it is let go only when the advice is done
            // (whether or not it is used; a failure of advice not used is not the search's).
            ((IAsyncResult?)advice)?.AsyncWaitHandle.WaitOne();
        }
    }

    /// <summary>Counted in one pass over the matches.</summary>
    public TopFacetValues? FacetValues(SearchRequest request, Facet facet, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var lease = index.Acquire();
        var (typed, parsed) = Read(request, lease.Searcher);
        request = typed.Request;
        return FacetPasses.CountOne(lease.Searcher, parsed.Query, request, facet);
    }

    public SearchRequest Ticked(SearchRequest request, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var lease = index.Acquire();
        return QueryFacets.Apply(request, KeywordListsOf(lease.Searcher)).Ticked;
    }

    /// <summary>The result set holds one searcher (one commit of the index) until disposed.</summary>
    public IResultSet Results(SearchRequest request, int limit, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, SearchRequest.MaxResultWindow);
        using var deadline = new SearchDeadline(Timeout.InfiniteTimeSpan, cancellation);
        var lease = index.Acquire();
        try
        {
            var (typed, parsed) = Read(request, lease.Searcher);
            request = typed.Request;
            Matches matches;
            ScoreDoc[] hits;
            if (request.OnePerStory)
            {
                (matches, hits) = OnePerStory.Search(lease.Searcher, parsed.Query, request with { Page = 1, PageSize = limit }, deadline);
            }
            else
            {
                matches = Matches.Count(lease.Searcher, parsed.Query, request, sort: null, limit, deadline);
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

    /// <summary>Every series from one searcher (one commit of the index).</summary>
    public CoverageCounts Coverage(IReadOnlyList<SearchRequest> requests, CancellationToken cancellation = default)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var series = requests.Select(request =>
        {
            cancellation.ThrowIfCancellationRequested();
            var (typed, parsed) = Read(request, searcher);
            var notice = string.Join(" ", new[] { parsed.Notice, parsed.Expansion.Notice }.OfType<string>());
            return CoverageCounter.Count(searcher, parsed.Query, typed.Request, BrowsesEverything(typed.Request, typed), notice.Length > 0 ? notice : null, cancellation);
        }).ToList();
        var now = DateTimeOffset.UtcNow;
        var dated = WholeArchive.For(searcher).Days.Span(day => PlausibleDates.IsPlausible(day, now));
        return new CoverageCounts(series, ResultSet.VersionOf(searcher), searcher.IndexReader.NumDocs, dated);
    }

    /// <summary>At most <see cref="MaxTermsRead"/> matches are read, whatever is asked.</summary>
    public TopTerms Terms(SearchRequest request, int max = TopTerms.DefaultTerms, int read = TopTerms.MaxRead, CancellationToken cancellation = default)
    {
        using var lease = index.Acquire();
        var (typed, parsed) = Read(request, lease.Searcher);
        // The query's words are left out in every form, even when it matched them only as typed.
        var forms = typed.Request.ExactWords ? UserQueryParser.Parse(typed.Request.Query, analyzer, wordForms: true, typed.Excluded).Query : parsed.Query;
        cancellation.ThrowIfCancellationRequested();
        return TopTermsCounter.Count(lease.Searcher, analyzer, parsed.Query, forms, typed.Request, Math.Clamp(max, 1, TopTerms.MaxTerms), Math.Clamp(read, 1, MaxTermsRead), cancellation);
    }

    /// <summary>Matches whose text one call of <see cref="Terms"/> may read: enough to measure what a sample loses, bounded so no call holds a core for minutes.</summary>
    public const int MaxTermsRead = 100_000;

    public IReadOnlyList<string> Suggest(string text, int max, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var lease = index.Acquire();
        return Suggestions.QuerySuggester.Suggest(lease.Searcher, analyzer, text, max);
    }

    /// <summary>An article is long when it is longer than <see cref="SearchBounds.ArticlePartCharacters"/>.</summary>
    public ArticleView? Article(string id, string? query, bool wordForms = true, int part = 1, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var lease = index.Acquire();
        if (DocOf(lease.Searcher, id) is not { } doc) return null;
        var article = ArticleDocument.ToArticle(lease.Searcher.Doc(doc));
        if (ArticlePart.Of(article.Paragraphs, part, bounds.ArticlePartCharacters) is not { } shown) return null;
        var marked = QueryFacets.Apply(new SearchRequest { Query = query }, KeywordListsOf(lease.Searcher)).Request;
        var matcher = new QueryTermMatcher(UserQueryParser.Parse(marked.Query, analyzer, wordForms).Query);
        return new ArticleView(
            article,
            highlighter.MarkAll(ArchiveSchema.Title, article.Title, matcher, cancellation),
            shown.Paragraphs.Select(p => highlighter.MarkAll(ArchiveSchema.Body, p, matcher, cancellation)).ToList())
        {
            Part = shown.Number,
            Parts = shown.Count,
            Story = HitStories.Of(lease.Searcher, StoryTable.For(lease.Searcher), doc),
            Related = RelatedArticles.Find(lease.Searcher, analyzer, doc),
        };
    }

    public StoryView? Story(StoryId id, string? left = null, string? right = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var lease = index.Acquire();
        return StoryViewBuilder.Build(lease.Searcher, analyzer, id, left, right);
    }

    public StoryId? StoryMergedInto(StoryId id, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var lease = index.Acquire();
        return StoryTable.For(lease.Searcher).MergedInto(id);
    }

    /// <summary>The result set holds one searcher (one commit of the index) until disposed.</summary>
    public IResultSet? StoryResults(StoryId id, int limit, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, SearchRequest.MaxResultWindow);
        var lease = index.Acquire();
        var members = StoryTable.For(lease.Searcher).Members(id);
        if (members.IsEmpty)
        {
            lease.Dispose();
            return null;
        }
        var hits = members[..Math.Min(limit, members.Length)].ToArray().Select(doc => new ScoreDoc(doc, 0)).ToArray();
        return new ResultSet(lease, hits, members.Length, stories: 1);
    }

    /// <summary>Ids are only looked up as terms of the index.</summary>
    public ArticleComparison? CompareArticles(string left, string right, out string? unknown, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var lease = index.Acquire();
        var (leftArticle, rightArticle) = (Find(lease.Searcher, left), Find(lease.Searcher, right));
        unknown = leftArticle is null ? left : rightArticle is null ? right : null;
        return leftArticle is null || rightArticle is null ? null : ArticleComparer.Compare(analyzer, leftArticle, rightArticle);
    }

    public bool Contains(string id, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var lease = index.Acquire();
        return DocOf(lease.Searcher, id) is not null;
    }

    public ResultNeighbours? Neighbours(SearchRequest request, int rank, string id, CancellationToken cancellation = default) =>
        ResultNavigator.Around(request, rank, id, (page, size) => IdsOfPage(request with { Page = page, PageSize = size }, cancellation));

    /// <summary>
    /// The ids of one page of the search's hits, in order: ranked within the time budget, without
    /// counting facets or days, picking passages, advising spelling or listing other versions.
    /// </summary>
    private IReadOnlyList<string> IdsOfPage(SearchRequest request, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        using var deadline = new SearchDeadline(this.bounds.TimeBudget, cancellation);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var (typed, parsed) = Read(request, searcher);
        request = typed.Request;
        var page = request.OnePerStory ? OnePerStory.Search(searcher, parsed.Query, request, deadline).Page
            : BrowsesEverything(request, typed) ? WholeArchive.For(searcher).Page(searcher, request)
            : Matches.Rank(searcher, parsed.Query, request, request.Page * request.PageSize, deadline).Skip((request.Page - 1) * request.PageSize).ToArray();
        cancellation.ThrowIfCancellationRequested();
        return page.Select(hit => HitStories.VersionOf(searcher, hit.Doc).Id).ToList();
    }

    /// <summary>
    /// Whether the search lists every article (no words, filters or exclusions): its counts and its
    /// order are the same until the index changes, and are kept with the reader (<see cref="WholeArchive"/>).
    /// </summary>
    private static bool BrowsesEverything(SearchRequest request, TypedFacets typed) =>
        !request.HasQuery && !request.HasFilters && typed.Excluded.Count == 0;

    public void Dispose()
    {
        index.Dispose();
        analyzer.Dispose();
    }

    private static Article? Find(IndexSearcher searcher, string id) =>
        DocOf(searcher, id) is { } doc ? ArticleDocument.ToArticle(searcher.Doc(doc)) : null;

    /// <summary>The document of the article with this id (only ever looked up as a term of the index), or null.</summary>
    private static int? DocOf(IndexSearcher searcher, string id) =>
        searcher.Search(new TermQuery(ArticleDocument.IdTerm(id)), 1) is { TotalHits: > 0 } top ? top.ScoreDocs[0].Doc : null;

    /// <summary>
    /// A request's query as the searches read it: the facet values it types (bias:left) taken out
    /// as filters, the rest parsed, excluding the values it excludes (-bias:left).
    /// </summary>
    private (TypedFacets Typed, ParsedQuery Parsed) Read(SearchRequest request, IndexSearcher searcher)
    {
        var typed = QueryFacets.Apply(request, KeywordListsOf(searcher));
        var wordForms = !typed.Request.ExactWords;
        return (typed, UserQueryParser.Parse(typed.Request.Query, analyzer, wordForms, typed.Excluded));
    }

    private static Func<IKeywordLists> KeywordListsOf(IndexSearcher searcher) => () => new ReaderKeywordLists(ReaderFacets.For(searcher));

    private SearchHit ToHit(Article article, QueryTermMatcher? matcher, SnippetBudget snippets) => new(
        article.Id,
        matcher is null ? HighlightedText.Plain(article.Title) : highlighter.MarkAll(ArchiveSchema.Title, article.Title, matcher, snippets),
        article.Source,
        article.Date,
        matcher is null ? HighlightedText.Plain("") : highlighter.Snippet(ArchiveSchema.Body, article.Body, matcher, snippets))
    {
        Url = article.Url,
    };
}
