namespace NewsArchive.Core.Reading;

/// <summary>
/// The names common scrapers and data sets give each article field (news-please, newspaper3k,
/// trafilatura, schema.org, RSS, NewsAPI, the bundled corpora), matched case-insensitively.
/// Where a record has several, the first in the list that holds a value wins.
/// </summary>
public static class FieldNames
{
    public static IReadOnlyList<string> Title { get; } = ["title", "headline"];

    public static IReadOnlyList<string> Body { get; } = ["body", "text", "maintext", "content", "article", "articleBody"];

    public static IReadOnlyList<string> Date { get; } =
        ["date", "published", "date_publish", "datePublished", "pubDate", "published_at", "publishedAt", "publish_date", "date_published"];

    /// <summary>Names of the outlet. A value may also be an object with a <c>name</c> (schema.org, NewsAPI).</summary>
    public static IReadOnlyList<string> Source { get; } = ["source", "sitename", "publisher"];

    /// <summary>
    /// The outlet's web domain: the source when nothing names the outlet, else kept as the keyword
    /// facet <see cref="SiteFacet"/> (AllSides labels one outlet several ways but its domain one way).
    /// </summary>
    public static IReadOnlyList<string> Site { get; } = ["site", "source_domain"];

    public static IReadOnlyList<string> Url { get; } = ["url", "link"];

    public static IReadOnlyList<string> Authors { get; } = ["authors", "author", "byline"];

    public static IReadOnlyList<string> Id { get; } = ["id", "_id", "guid"];

    public static IReadOnlyList<string> Dateline { get; } = ["dateline"];

    /// <summary>
    /// Single-valued fields that are still facets to filter by. Lists of strings under any other
    /// name are facets too; a single string is not, since it is as likely a summary or an image URL.
    /// </summary>
    public static IReadOnlyList<string> KeywordScalars { get; } = ["topic", "bias", "section", "category", "tags", "keywords"];

    public const string SiteFacet = "site";

    private static readonly HashSet<string> Known = new(
        Title.Concat(Body).Concat(Date).Concat(Source).Concat(Site).Concat(Url).Concat(Authors).Concat(Id).Concat(Dateline),
        StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> For(ArticleField field) => field switch
    {
        ArticleField.Title => Title,
        ArticleField.Body => Body,
        ArticleField.Date => Date,
        ArticleField.Source => Source,
        ArticleField.Url => Url,
        ArticleField.Authors => Authors,
        ArticleField.Id => Id,
        ArticleField.Dateline => Dateline,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>Whether the name is one of an article field's, so never a keyword facet of its own.</summary>
    public static bool IsArticleField(string name) => Known.Contains(name);
}
