using System.Text.Json.Serialization;
using NewsArchive.Core.Search;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Exports;

/// <summary>One article of an export: the same fields, under the same names, in CSV and JSON Lines.</summary>
/// <param name="Permalink">The article's page in this archive (absolute).</param>
/// <param name="Url">Where the outlet published it, when known and a web address (http or https).</param>
/// <param name="Story">Its story's id when it shares one with other articles.</param>
/// <param name="StorySize">Articles in its story (1 when it has none).</param>
/// <param name="Indexed">When it was last indexed.</param>
/// <param name="Text">The full text, paragraphs separated by blank lines; null unless asked for.</param>
public sealed record ExportRow(
    string Id,
    string Title,
    string? Source,
    string? Date,
    IReadOnlyList<string> Authors,
    string? Url,
    string Permalink,
    string? Story,
    int StorySize,
    string? Indexed,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords,
    string? Text)
{
    /// <summary>What the line is, in JSON Lines, where the articles follow the header.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "article";

    /// <summary>The CSV header: the fields in order (text only when the export has it).</summary>
    public static IReadOnlyList<string> Columns(bool withText) =>
        ["id", "title", "source", "date", "authors", "url", "permalink", "story", "story_size", "indexed", "keywords", .. withText ? new[] { "text" } : []];

    public static ExportRow Of(ResultSetArticle found, bool withText, HttpRequest http)
    {
        var article = found.Article;
        return new(
            article.Id,
            article.Title,
            article.Source,
            article.Date is { } date ? ExportFormats.Timestamp(date) : null,
            article.Authors,
            OriginalAddress.Text(article.Url),
            SiteAddress.Absolute(http, SearchLinks.Article(article.Id, null)),
            found.Story?.ToString(),
            found.StorySize,
            found.Indexed is { } indexed ? ExportFormats.Timestamp(indexed) : null,
            article.Keywords,
            withText ? article.Body : null);
    }

    /// <summary>The fields as CSV cells, in <see cref="Columns"/> order; lists are joined with "; ".</summary>
    public IEnumerable<string> Cells(bool withText)
    {
        yield return Id;
        yield return Title;
        yield return Source ?? "";
        yield return Date ?? "";
        yield return string.Join("; ", Authors);
        yield return Url ?? "";
        yield return Permalink;
        yield return Story ?? "";
        yield return StorySize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return Indexed ?? "";
        // The kw filter's own syntax (list:value), so a cell can be pasted back into a search.
        yield return string.Join("; ", Keywords.SelectMany(list => list.Value.Select(value => $"{list.Key}:{value}")));
        if (withText) yield return Text ?? "";
    }
}
