using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Spelling;

namespace NewsArchive.Web.Api;

public sealed record SearchResponse(
    int Total,
    int Page,
    int PageSize,
    double Milliseconds,
    string? Notice,
    IReadOnlyList<HitResponse> Hits,
    FacetsResponse Facets)
{
    /// <summary>The query with its misspelt words corrected ("Did you mean"), or null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Words of the query that the archive also spells other ways, with the query that includes them.</summary>
    public IReadOnlyList<WordVariantsResponse> Variants { get; init; } = [];

    /// <summary>How the search was understood, in plain words (words, phrases, filters).</summary>
    public IReadOnlyList<string> Understood { get; init; } = [];

    public static SearchResponse From(SearchResults results) => new(
        results.Total,
        results.Request.Page,
        results.Request.PageSize,
        Math.Round(results.Elapsed.TotalMilliseconds, 2),
        results.Notice,
        results.Hits.Select(HitResponse.From).ToList(),
        new FacetsResponse(
            results.Sources.Select(f => new FacetCount(f.Value, f.Count)).ToList(),
            results.Dates.Buckets.Select(DateCount.Of).ToList(),
            results.Dates.Undated,
            results.Dates.Outliers.Select(DateCount.Of).ToList(),
            // The search counts every keyword value; the API, like the page, lists the most frequent.
            results.Keywords.ToDictionary(k => k.Key, k => (IReadOnlyList<FacetCount>)k.Value
                .Take(Infrastructure.FacetLists.KeywordValuesShown).Select(f => new FacetCount(f.Value, f.Count)).ToList())))
    {
        Suggestion = results.Spelling.Suggestion?.Query,
        Variants = results.Spelling.Variants.Select(WordVariantsResponse.From).ToList(),
        Understood = results.Understood,
    };
}

public sealed record WordVariantsResponse(string Word, IReadOnlyList<FacetCount> Variants, string Query)
{
    public static WordVariantsResponse From(WordVariants word) =>
        new(word.Word, word.Variants.Select(v => new FacetCount(v.Value, v.Count)).ToList(), word.Query);
}

/// <param name="Snippet">HTML: the text is encoded and the matched words are wrapped in &lt;mark&gt;.</param>
public sealed record HitResponse(string Id, string Title, string? Source, DateTimeOffset? Date, string Snippet, string Url)
{
    public static HitResponse From(SearchHit hit) =>
        new(hit.Id, hit.Title.PlainText, hit.Source, hit.Date, hit.Snippet.ToHtml(), Infrastructure.SearchLinks.Article(hit.Id, null));
}

public sealed record FacetsResponse(
    IReadOnlyList<FacetCount> Source,
    IReadOnlyList<DateCount> Date,
    int Undated,
    IReadOnlyList<DateCount> DateOutliers,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Keywords);

public sealed record FacetCount(string Value, int Count);

/// <param name="AllCount">All articles of the archive dated in the period, whatever the query and filters.</param>
/// <param name="Share">Count as a percentage of AllCount (0 when the period has no article).</param>
public sealed record DateCount(string Bucket, DateOnly From, DateOnly To, int Count, int AllCount, double Share)
{
    public static DateCount Of(DateBucket bucket) =>
        new(bucket.Label, bucket.Start, bucket.Last, bucket.Count, bucket.AllCount, Math.Round(bucket.Share, 4));
}

public sealed record ArticleResponse(
    string Id,
    string Title,
    string? Source,
    DateTimeOffset? Date,
    string? Dateline,
    string? Url,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords)
{
    public static ArticleResponse From(Article article) => new(
        article.Id, article.Title, article.Source, article.Date, article.Dateline, article.Url,
        article.Authors, article.Paragraphs.ToList(), article.Keywords);
}
