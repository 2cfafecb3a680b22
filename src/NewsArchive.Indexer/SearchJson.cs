using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.Core.Search;

namespace NewsArchive.Indexer;

/// <summary>
/// Search results as one JSON document for scripts. Fields the web API's search response also has
/// keep its names (total, page, pageSize, milliseconds, stories, suggestion, notice, narrowed; a hit's id, title, source,
/// date, snippet, story), but a snippet is plain text here, and a hit's url is the article's
/// original address, not a page of the web app.
/// </summary>
/// <param name="Query">The query searched, or null when browsing.</param>
/// <param name="Total">Matching articles.</param>
/// <param name="Stories">Distinct stories among the matching articles.</param>
/// <param name="Milliseconds">The search's time, as the search page shows it (opening the index not included).</param>
/// <param name="Suggestion">The query with its misspelt words corrected ("Did you mean"), or null.</param>
/// <param name="Notice">Set when the query could not be read as written, saying what was searched instead.</param>
/// <param name="CorrectedFrom">The query as typed, when it found nothing and <paramref name="Query"/> is its spelling correction; otherwise null.</param>
/// <param name="Narrowed">Set when a word with * or ? matched more words than a search looks up and was searched for its most frequent ones only.</param>
internal sealed record SearchJson(
    string? Query,
    int Total,
    int Stories,
    int Page,
    int PageSize,
    double Milliseconds,
    IReadOnlyList<HitJson> Hits,
    string? Suggestion,
    string? Notice,
    string? CorrectedFrom,
    string? Narrowed)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // The document goes to a terminal, a file or another program, never into a web page:
        // article text is written as it is (é, ’, <) rather than escaped for HTML (\u00E9).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(SearchResults results, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(From(results), Options));

    public static SearchJson From(SearchResults results) => new(
        results.Request.HasQuery ? results.Request.Query!.Trim() : null,
        results.Total,
        results.Stories,
        results.Request.Page,
        results.Request.PageSize,
        Math.Round(results.Elapsed.TotalMilliseconds, 2),
        results.Hits.Select(HitJson.From).ToList(),
        results.Spelling.Suggestion?.Query,
        results.Notice,
        results.CorrectedFrom,
        results.Narrowed);
}

/// <param name="Date">When the article was published (ISO 8601, UTC), or null when unknown.</param>
/// <param name="Url">The article's original address, or null when its source gave none.</param>
/// <param name="Snippet">The article's best passages as plain text.</param>
/// <param name="Story">The story the article shares with other articles, or null when it has none.</param>
internal sealed record HitJson(string Id, string Title, string? Source, DateTimeOffset? Date, string? Url, string Snippet, StoryJson? Story)
{
    public static HitJson From(SearchHit hit) => new(
        hit.Id,
        hit.Title.PlainText,
        hit.Source,
        hit.Date,
        hit.Url,
        hit.Snippet.PlainText,
        hit.Story is { } story ? new StoryJson(story.Id.ToString(), story.Size, story.Outlets) : null);
}

/// <param name="Size">Articles in the story, this one included.</param>
/// <param name="Outlets">Distinct outlets among them.</param>
internal sealed record StoryJson(string Id, int Size, int Outlets);
