using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;

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
    public static SearchResponse From(SearchResults results) => new(
        results.Total,
        results.Request.Page,
        results.Request.PageSize,
        Math.Round(results.Elapsed.TotalMilliseconds, 2),
        results.Notice,
        results.Hits.Select(HitResponse.From).ToList(),
        new FacetsResponse(
            results.Sources.Select(f => new FacetCount(f.Value, f.Count)).ToList(),
            results.Dates.Buckets.Select(b => new DateCount(b.Label, b.Start, b.Last, b.Count)).ToList(),
            results.Dates.Undated,
            results.Dates.Outliers.Select(b => new DateCount(b.Label, b.Start, b.Last, b.Count)).ToList(),
            results.Keywords.ToDictionary(k => k.Key, k => (IReadOnlyList<FacetCount>)k.Value.Select(f => new FacetCount(f.Value, f.Count)).ToList())));
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

public sealed record DateCount(string Bucket, DateOnly From, DateOnly To, int Count);

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
