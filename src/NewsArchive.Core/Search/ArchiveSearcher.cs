using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Highlighting;
using NewsArchive.Core.Search.Sorting;
using NewsArchive.Core.Search.Spelling;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Stories.Comparison;

namespace NewsArchive.Core.Search;

/// <summary>
/// Runs a search: the hits of the requested page, the total, and the facets (sources, dates,
/// keywords), in one pass over the matches plus one counting pass per facet with a selection.
/// Thread-safe; one instance serves all requests. Each search is bounded by
/// <paramref name="bounds"/> (time, snippet work) and stopped when its reader goes away.
/// </summary>
public sealed class ArchiveSearcher(ArchiveIndex index, Analyzer analyzer, SearchBounds? bounds = null)
{
    // A hit needs these stored fields only (the text only for its snippet): the rest of the
    // article (authors, keywords…) is for its own page.
    private static readonly ISet<string> HitFields = new HashSet<string> { ArchiveSchema.Id, ArchiveSchema.Title, ArchiveSchema.Source, ArchiveSchema.Date, ArchiveSchema.Url, ArchiveSchema.Indexed };
    private static readonly ISet<string> HitFieldsWithText = new HashSet<string>(HitFields) { ArchiveSchema.Body };

    private readonly TextHighlighter highlighter = new(analyzer);
    private readonly SpellingAdvisor spelling = new(analyzer);
    private readonly SearchBounds bounds = bounds ?? SearchBounds.Default;

    /// <summary>
    /// The page of hits, the total and the facets. Past the time budget it answers with the
    /// matches reached and says so (<see cref="SearchResults.Stopped"/>); when
    /// <paramref name="cancellation"/> is cancelled (the reader left) it stops with an
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
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
        var (typed, parsed) = Read(request, searcher.IndexReader);
        cancellation.ThrowIfCancellationRequested();
        request = typed.Request;

        // Browsing everything shows the same counts until the index changes: they are kept with the reader.
        Matches matches;
        ScoreDoc[] page;
        if (request.OnePerStory)
        {
            (matches, page) = OnePerStory.Search(searcher, parsed.Query, request, deadline);
        }
        else if (!request.HasQuery && !request.HasFilters && typed.Excluded.Count == 0)
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
        var stories = StoryTable.For(searcher.IndexReader);
        var snippets = new SnippetBudget(this.bounds, deadline);
        var hits = page.Select(scoreDoc =>
        {
            var doc = searcher.Doc(scoreDoc.Doc, request.Snippets ? HitFieldsWithText : HitFields);
            return ToHit(ArticleDocument.ToArticle(doc), request.Snippets ? matcher : null, snippets)
                with { Story = HitStory.Of(searcher, stories, scoreDoc.Doc), Indexed = ArticleDocument.IndexedAt(doc) };
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
            Spelling = request.AdviseSpelling && !deadline.Passed ? spelling.Advise(searcher, request) : SpellingAdvice.None,
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
        using var lease = index.Acquire();
        var (typed, parsed) = Read(request, lease.Searcher.IndexReader);
        request = typed.Request;
        return FacetPasses.CountOne(lease.Searcher, parsed.Query, request, facet);
    }

    /// <summary>The request with the facet values its query chose moved to its filters (see <see cref="SearchResults.Ticked"/>).</summary>
    public SearchRequest Ticked(SearchRequest request)
    {
        using var lease = index.Acquire();
        return QueryFacets.Apply(request, lease.Searcher.IndexReader).Ticked;
    }

    /// <summary>
    /// The first <paramref name="limit"/> matches of <paramref name="request"/> in its order (one
    /// per story if it asks so), to be read one by one; the page and page size are ignored.
    /// Dispose the result to release the searcher it holds.
    /// The count is never cut short by the time budget (an export's header states it), but
    /// <paramref name="cancellation"/> stops it.
    /// </summary>
    public ResultSet ResultSet(SearchRequest request, int limit, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, SearchRequest.MaxResultWindow);
        using var deadline = new SearchDeadline(Timeout.InfiniteTimeSpan, cancellation);
        var lease = index.Acquire();
        try
        {
            var (typed, parsed) = Read(request, lease.Searcher.IndexReader);
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

    /// <summary>Completions of a query being typed: frequent words that finish its last word, then titles it finds.</summary>
    public IReadOnlyList<string> Suggest(string text, int max)
    {
        using var lease = index.Acquire();
        return Suggestions.QuerySuggester.Suggest(lease.Searcher, analyzer, text, max);
    }

    /// <summary>
    /// Part <paramref name="part"/> of the article with this id (the whole article unless it is
    /// longer than <see cref="SearchBounds.ArticlePartCharacters"/>), with the words of
    /// <paramref name="query"/> marked in the title and that part; null if there is no such
    /// article or part.
    /// </summary>
    public ArticleView? Article(string id, string? query, bool wordForms = true, int part = 1, CancellationToken cancellation = default)
    {
        using var lease = index.Acquire();
        if (DocOf(lease.Searcher, id) is not { } doc) return null;
        var article = ArticleDocument.ToArticle(lease.Searcher.Doc(doc));
        if (ArticlePart.Of(article.Paragraphs, part, bounds.ArticlePartCharacters) is not { } shown) return null;
        var marked = QueryFacets.Apply(new SearchRequest { Query = query }, lease.Searcher.IndexReader).Request;
        var matcher = new QueryTermMatcher(UserQueryParser.Parse(marked.Query, analyzer, wordForms).Query);
        return new ArticleView(
            article,
            highlighter.MarkAll(ArchiveSchema.Title, article.Title, matcher, cancellation),
            shown.Paragraphs.Select(p => highlighter.MarkAll(ArchiveSchema.Body, p, matcher, cancellation)).ToList())
        {
            Part = shown.Number,
            Parts = shown.Count,
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

    /// <summary>The story that story <paramref name="id"/>, which has no article now, was merged into; null for any other id.</summary>
    public StoryId? StoryMergedInto(StoryId id)
    {
        using var lease = index.Acquire();
        return StoryTable.For(lease.Searcher.IndexReader).MergedInto(id);
    }

    /// <summary>
    /// The versions of story <paramref name="id"/>, oldest first (undated last), up to
    /// <paramref name="limit"/>, to be read one by one for an export like a search's; null if no
    /// article has it. Dispose the result to release the searcher it holds.
    /// </summary>
    public ResultSet? StoryResultSet(StoryId id, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, SearchRequest.MaxResultWindow);
        var lease = index.Acquire();
        var members = StoryTable.For(lease.Searcher.IndexReader).Members(id);
        if (members.IsEmpty)
        {
            lease.Dispose();
            return null;
        }
        var hits = members[..Math.Min(limit, members.Length)].ToArray().Select(doc => new ScoreDoc(doc, 0)).ToArray();
        return new ResultSet(lease, hits, members.Length, stories: 1);
    }

    /// <summary>
    /// The articles <paramref name="left"/> and <paramref name="right"/> compared, whatever their
    /// stories; null, with the first of the two ids that no article has in <paramref name="unknown"/>,
    /// when one is not in the archive. Ids are only looked up as terms of the index.
    /// </summary>
    public ArticleComparison? CompareArticles(string left, string right, out string? unknown)
    {
        using var lease = index.Acquire();
        var (leftArticle, rightArticle) = (Find(lease.Searcher, left), Find(lease.Searcher, right));
        unknown = leftArticle is null ? left : rightArticle is null ? right : null;
        return leftArticle is null || rightArticle is null ? null : ArticleComparison.Of(analyzer, leftArticle, rightArticle);
    }

    /// <summary>Whether an article has this id.</summary>
    public bool Contains(string id)
    {
        using var lease = index.Acquire();
        return DocOf(lease.Searcher, id) is not null;
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
    private (TypedFacets Typed, ParsedQuery Parsed) Read(SearchRequest request, IndexReader reader)
    {
        var typed = QueryFacets.Apply(request, reader);
        var wordForms = !typed.Request.ExactWords;
        return (typed, UserQueryParser.Parse(typed.Request.Query, analyzer, wordForms, typed.Excluded));
    }

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

/// <summary>
/// An article ready to read: its title and paragraphs (of the part shown) with the query's words
/// marked, its story and related articles.
/// </summary>
public sealed record ArticleView(Article Article, HighlightedText Title, IReadOnlyList<HighlightedText> Paragraphs)
{
    /// <summary>The part of the article whose paragraphs these are, from 1.</summary>
    public int Part { get; init; } = 1;

    /// <summary>The parts a long article is shown in; 1 for most.</summary>
    public int Parts { get; init; } = 1;

    /// <summary>The story it shares with other articles, if any.</summary>
    public HitStory? Story { get; init; }

    /// <summary>Articles about the same things, other than its own story's.</summary>
    public IReadOnlyList<StoryVersion> Related { get; init; } = [];

    /// <summary>Matches in the title and the part shown.</summary>
    public int MatchCount => Title.MatchCount + Paragraphs.Sum(p => p.MatchCount);
}
