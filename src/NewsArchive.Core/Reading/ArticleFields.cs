using System.IO.Hashing;
using System.Text;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>
/// What one piece of metadata (a JSON record, front matter, a sidecar) states about an article,
/// each field null where it says nothing, so it can either make an article or override, field
/// by field, one read from elsewhere.
/// </summary>
internal sealed class ArticleFields
{
    public string? Id { get; set; }
    public string? Title { get; set; }

    /// <summary>Already in the paragraph convention of <see cref="Article.Body"/>.</summary>
    public string? Body { get; set; }

    public string? Source { get; set; }
    public string? Url { get; set; }
    public string? Dateline { get; set; }
    public IReadOnlyList<string>? Authors { get; set; }

    public DateTimeOffset? Date { get; set; }

    /// <summary>The date as written, when there is one, readable or not.</summary>
    public string? DateText { get; set; }

    public Dictionary<string, IReadOnlyList<string>> Keywords { get; } = new(StringComparer.Ordinal);

    /// <summary>What was wrong with the metadata but did not stop it being used.</summary>
    public List<string> Warnings { get; } = [];

    public bool HasText => !string.IsNullOrWhiteSpace(Title) || !string.IsNullOrEmpty(Body);

    /// <summary>A whole article of these fields; the title falls back to the body's first sentence.</summary>
    public Article ToArticle(string fallbackId)
    {
        var body = Body ?? "";
        return new Article
        {
            Id = Id ?? fallbackId,
            Title = string.IsNullOrWhiteSpace(Title) ? Headline.FromText(body) : Title,
            Body = body,
            Source = Source,
            Date = Date,
            Dateline = Dateline,
            Url = Url,
            Authors = Authors ?? [],
            Keywords = Keywords,
        };
    }

    /// <summary>
    /// The id of one record among many in a file (a JSON Lines line, an array element): its own,
    /// else one made from what it is rather than where it is, so that inserting a record never
    /// moves another's permalink — the file's id, '#', and 16 hex digits of a hash of the
    /// record's URL, or of its title and text when it has no URL.
    /// </summary>
    public string RecordId(string fileId)
    {
        if (Id is not null) return Id;
        var identity = Url ?? $"{Title}\n{Body}";
        return $"{fileId}#{Convert.ToHexStringLower(XxHash3.Hash(Encoding.UTF8.GetBytes(identity)))}";
    }

    /// <summary>
    /// The article with every field these fields state put in place of its own; keyword facets
    /// are replaced facet by facet. An unreadable date leaves the article's date as it was.
    /// </summary>
    /// <param name="withId">Whether an id here replaces the article's: not for a sidecar of a file of many articles.</param>
    public Article OverrideOn(Article article, bool withId = true)
    {
        var keywords = new Dictionary<string, IReadOnlyList<string>>(article.Keywords, StringComparer.Ordinal);
        foreach (var (name, values) in Keywords) keywords[name] = values;
        return article with
        {
            Id = withId && Id is not null ? Id : article.Id,
            Title = string.IsNullOrWhiteSpace(Title) ? article.Title : Title,
            Body = Body ?? article.Body,
            Source = Source ?? article.Source,
            Date = Date ?? article.Date,
            Dateline = Dateline ?? article.Dateline,
            Url = Url ?? article.Url,
            Authors = Authors ?? article.Authors,
            Keywords = keywords,
        };
    }

    /// <summary>
    /// The warnings to give with <see cref="OverrideOn"/>'s result: an unreadable date here did not
    /// make the article's date unknown when the article already had one, so say what happened.
    /// </summary>
    public IEnumerable<string> WarningsOverriding(Article article) =>
        Warnings.Select(warning =>
            Date is null && DateText is not null && article.Date is not null && warning == DateFieldParser.Unreadable(DateText)
                ? $"unreadable date \"{DateText}\" ignored; the date read from the text is kept"
                : warning);
}
