using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Spelling;
using NewsArchive.Core.Stories;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Api;

/// <summary>A page of hits of a search, its total and its facets.</summary>
/// <param name="Total">Matching articles.</param>
/// <param name="Page">The page shown, from 1.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="Milliseconds">Time the search took in the archive.</param>
/// <param name="Notice">A note on how the query was read when it could not be taken as written (e.g. an unbalanced quote), or null.</param>
/// <param name="Stopped">Null when the search is complete; otherwise why it is not: it reached its time budget and answers with the matches it reached (the total and counts are then of those), or with some snippets unmarked.</param>
/// <param name="Hits">The hits of the page, in order.</param>
/// <param name="Facets">Counts of the matches by source, date and keyword list.</param>
public sealed record SearchResponse(
    int Total,
    int Page,
    int PageSize,
    double Milliseconds,
    string? Notice,
    string? Stopped,
    IReadOnlyList<HitResponse> Hits,
    FacetsResponse Facets)
{
    /// <summary>The query with its misspelt words corrected ("Did you mean"), or null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>The query as typed when it found nothing and these are the results of its correction (astyped=1 searches it as typed); null otherwise.</summary>
    public string? CorrectedFrom { get; init; }

    /// <summary>The query these results are for: the corrected one when <see cref="CorrectedFrom"/> is set.</summary>
    public string? Query { get; init; }
    /// <summary>
    /// Null when every word with * or ? was searched in full; otherwise says that one matched more
    /// words than a search looks up and was searched for its most frequent ones only (the total
    /// may then miss articles with rarer ones).
    /// </summary>
    public string? Narrowed { get; init; }

    /// <summary>Words of the query that the archive also spells other ways, with the query that includes them.</summary>
    public IReadOnlyList<WordVariantsResponse> Variants { get; init; } = [];

    /// <summary>How the search was understood, in plain words (words, phrases, filters).</summary>
    public IReadOnlyList<string> Understood { get; init; } = [];

    /// <summary>Distinct stories among the matching articles.</summary>
    public int Stories { get; init; }

    /// <summary>Whether the hits are one per story (group=story).</summary>
    public bool OnePerStory { get; init; }

    public static SearchResponse From(SearchResults results) => new(
        results.Total,
        results.Request.Page,
        results.Request.PageSize,
        Math.Round(results.Elapsed.TotalMilliseconds, 2),
        results.Notice,
        results.Stopped,
        results.Hits.Select(HitResponse.From).ToList(),
        new FacetsResponse(
            Listed(results.Sources, Facet.Sources, results.Ticked, TopFacetValues.DefaultLimit),
            results.Dates.Buckets.Select(DateCount.Of).ToList(),
            results.Dates.Undated,
            results.Dates.Outliers.Select(DateCount.Of).ToList(),
            // A list chosen from (by a tick or typed in the query) but with no count left still lists its choices, as the page does.
            results.Keywords.Keys.Union(results.Ticked.Keywords.Select(k => k.List), StringComparer.Ordinal).ToDictionary(
                list => list,
                list => Listed(results.Keywords.GetValueOrDefault(list) ?? TopFacetValues.None, Facet.KeywordList(list), results.Ticked, FacetLists.KeywordValuesShown))))
    {
        Suggestion = results.Spelling.Suggestion?.Query,
        CorrectedFrom = results.CorrectedFrom,
        Query = results.Request.Query,
        Narrowed = results.Narrowed,
        Variants = results.Spelling.Variants.Select(WordVariantsResponse.From).ToList(),
        Understood = results.Understood,
        Stories = results.Stories,
        OnePerStory = results.Request.OnePerStory,
    };

    // The search counts every value; the API, like the page, lists the most frequent and every
    // chosen one, even at 0, so that a client can show the choice and undo it.
    private static IReadOnlyList<FacetCount> Listed(IReadOnlyList<FacetValue> values, Facet facet, SearchRequest request, int shown) =>
        FacetLists.All(values, facet, request)
            .Where((choice, rank) => rank < shown || choice.Selected)
            .Select(choice => new FacetCount(choice.Value, choice.Count))
            .ToList();
}

/// <summary>A word of the query that the archive also spells other ways.</summary>
/// <param name="Word">The word as typed.</param>
/// <param name="Variants">The other spellings and the articles each is in.</param>
/// <param name="Query">The query with the word and its variants as alternatives.</param>
public sealed record WordVariantsResponse(string Word, IReadOnlyList<FacetCount> Variants, string Query)
{
    public static WordVariantsResponse From(WordVariants word) =>
        new(word.Word, word.Variants.Select(v => new FacetCount(v.Value, v.Count)).ToList(), word.Query);
}

/// <summary>One hit of a search.</summary>
/// <param name="Id">The article's id: the key of /api/articles/{id}.</param>
/// <param name="Title">The headline, plain text.</param>
/// <param name="Source">The outlet, or null when unknown.</param>
/// <param name="Date">When it was published (ISO 8601), or null when unknown.</param>
/// <param name="Url">The article's page in the archive (a path on this site).</param>
/// <param name="Snippet">HTML: the text is encoded and the matched words are wrapped in &lt;mark&gt;.</param>
/// <param name="Story">The story the article shares with other articles; null when it has none.</param>
public sealed record HitResponse(string Id, string Title, string? Source, DateTimeOffset? Date, string Snippet, string Url, StoryRef? Story)
{
    public static HitResponse From(SearchHit hit) =>
        new(hit.Id, hit.Title.PlainText, hit.Source, hit.Date, hit.Snippet.ToHtml(), Infrastructure.SearchLinks.Article(hit.Id, null), StoryRef.Of(hit.Story));
}

/// <summary>A story as a hit or an article names it: its id, size and outlets, and where to read it.</summary>
/// <param name="Id">16 hexadecimal digits: the key of /api/stories/{id}.</param>
/// <param name="Size">Articles in the story.</param>
/// <param name="Outlets">Distinct outlets among them.</param>
/// <param name="Url">The story's page in the archive.</param>
/// <param name="ApiUrl">The story as JSON.</param>
public sealed record StoryRef(string Id, int Size, int Outlets, string Url, string ApiUrl)
{
    public static StoryRef? Of(HitStory? story) => story is null ? null
        : new(story.Id.ToString(), story.Size, story.Outlets, Infrastructure.SearchLinks.Story(story.Id), "/api/stories/" + story.Id);
}

/// <summary>A story's versions, oldest first (undated last), and the names they spell differently.</summary>
/// <param name="Id">The story's id.</param>
/// <param name="Url">The story's page in the archive.</param>
/// <param name="Versions">Its articles, oldest first.</param>
/// <param name="Names">Names the versions spell differently: for each name, its spellings and who uses each.</param>
/// <param name="Facets">For each keyword list the versions have (bias, topics…), every value and how many versions have it, most first.</param>
public sealed record StoryResponse(
    string Id,
    string Url,
    IReadOnlyList<StoryVersionResponse> Versions,
    IReadOnlyList<IReadOnlyList<NameSpellingResponse>> Names,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public static StoryResponse From(StoryView view) => new(
        view.Id.ToString(),
        Infrastructure.SearchLinks.Story(view.Id),
        view.Versions.Select(m => new StoryVersionResponse(m.Version.Id, m.Version.Title, m.Version.Source, m.Version.Date, m.Words, m.IsFirst, Infrastructure.SearchLinks.Article(m.Version.Id, null), m.Keywords)).ToList(),
        view.Names.Select(NameSpellingResponse.From).ToList(),
        StoryFacets.Count(view.Versions).ToDictionary(list => list.Key, list => (IReadOnlyList<FacetCount>)list.Value.Select(v => new FacetCount(v.Value, v.Count)).ToList()));
}

/// <summary>One article of a story.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Source">The outlet, or null when unknown.</param>
/// <param name="Date">When it was published, or null when unknown.</param>
/// <param name="Words">Words in its text.</param>
/// <param name="First">The earliest version (only a dated version can be).</param>
/// <param name="Url">The article's page in the archive.</param>
/// <param name="Keywords">Its keyword lists by name (for AllSides its bias), as the search's kw filter reads them.</param>
public sealed record StoryVersionResponse(string Id, string Title, string? Source, DateTimeOffset? Date, int Words, bool First, string Url, IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords);

/// <summary>One spelling of a name in a story or a comparison.</summary>
/// <param name="Spelling">The spelling.</param>
/// <param name="Articles">Ids of the articles that spell the name so.</param>
/// <param name="Outlets">Their outlets, each once (null for an article whose outlet is unknown).</param>
public sealed record NameSpellingResponse(string Spelling, IReadOnlyList<string> Articles, IReadOnlyList<string?> Outlets)
{
    /// <summary>A name's spellings.</summary>
    public static IReadOnlyList<NameSpellingResponse> From(Core.Stories.Comparison.NameVariants name) =>
        name.Spellings.Select(s => new NameSpellingResponse(s.Spelling, s.UsedBy.Select(v => v.Id).ToList(), s.UsedBy.Select(v => v.Source).Distinct().ToList())).ToList();
}

/// <summary>The matches counted by facet; each facet is counted as if its own choices were off.</summary>
/// <param name="Source">The 25 most frequent sources, and every chosen one (at 0 when no match has it).</param>
/// <param name="Date">The date histogram's bars, by day, month or year depending on the span.</param>
/// <param name="Undated">Matches without a known date.</param>
/// <param name="DateOutliers">Matches dated where no article can be (year 0001, the future), by period.</param>
/// <param name="Keywords">For each keyword list (topics, places…), its 10 most frequent values, and every chosen one (at 0 when no match has it).</param>
public sealed record FacetsResponse(
    IReadOnlyList<FacetCount> Source,
    IReadOnlyList<DateCount> Date,
    int Undated,
    IReadOnlyList<DateCount> DateOutliers,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Keywords);

/// <summary>A facet value and how many matches have it.</summary>
/// <param name="Value">The value as written in the articles.</param>
/// <param name="Count">Matching articles with it.</param>
public sealed record FacetCount(string Value, int Count);

/// <summary>One bar of the date histogram.</summary>
/// <param name="Bucket">The period's label (2022-01-10, 2022-01 or 2022).</param>
/// <param name="From">Its first day.</param>
/// <param name="To">Its last day (inclusive).</param>
/// <param name="Count">Matches dated in the period.</param>
/// <param name="AllCount">The articles dated in the period that pass every filter of the search (sources, keyword values, dates) whatever its words; all of the period's articles when there is no filter.</param>
/// <param name="Share">Count as a percentage of AllCount (0 when the period has no article).</param>
/// <param name="Sparse">True when AllCount is above 0 but under 10: too few articles for the share to mean anything.</param>
public sealed record DateCount(string Bucket, DateOnly From, DateOnly To, int Count, int AllCount, double Share, bool Sparse)
{
    public static DateCount Of(DateBucket bucket) =>
        new(bucket.Label, bucket.Start, bucket.Last, bucket.Count, bucket.AllCount, Math.Round(bucket.Share, 4), bucket.Sparse);
}

/// <summary>A whole article.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Source">The outlet, or null when unknown.</param>
/// <param name="Date">When it was published, or null when unknown.</param>
/// <param name="Dateline">The dateline as written (e.g. "Beijing, 10 January 2022 (TDI):"), or null.</param>
/// <param name="Url">The original address of the article (http or https), or null when unknown or not a web address.</param>
/// <param name="Authors">Its authors, when known.</param>
/// <param name="Paragraphs">The text, paragraph by paragraph.</param>
/// <param name="Keywords">Its keyword lists (topics, places…) and their values.</param>
/// <param name="Story">The story it shares with other articles, or null.</param>
/// <param name="Related">Articles about the same things, outside its own story, most related first: those its page lists.</param>
public sealed record ArticleResponse(
    string Id,
    string Title,
    string? Source,
    DateTimeOffset? Date,
    string? Dateline,
    string? Url,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords,
    StoryRef? Story,
    IReadOnlyList<RelatedArticle> Related)
{
    public static ArticleResponse From(ArticleView view) => new(
        view.Article.Id, view.Article.Title, view.Article.Source, view.Article.Date, view.Article.Dateline, OriginalAddress.Text(view.Article.Url),
        view.Article.Authors, view.Article.Paragraphs.ToList(), view.Article.Keywords, StoryRef.Of(view.Story),
        view.Related.Select(RelatedArticle.Of).ToList());
}

/// <summary>An article related to another.</summary>
/// <param name="Id">Its id: the key of /api/articles/{id}.</param>
/// <param name="Title">The headline.</param>
/// <param name="Source">The outlet, or null when unknown.</param>
/// <param name="Date">When it was published, or null when unknown.</param>
/// <param name="Url">Its page in the archive.</param>
/// <param name="ApiUrl">It as JSON.</param>
public sealed record RelatedArticle(string Id, string Title, string? Source, DateTimeOffset? Date, string Url, string ApiUrl)
{
    public static RelatedArticle Of(StoryVersion version) =>
        new(version.Id, version.Title, version.Source, version.Date, SearchLinks.Article(version.Id, null), "/api" + SearchLinks.Article(version.Id, null));
}
