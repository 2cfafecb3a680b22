using System.Globalization;
using System.Text.Json.Serialization;
using NewsArchive.Core.Search;
using NewsArchive.Core.Stories;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Exports;

/// <summary>
/// What an export was made from, written before its articles so that a count published from it
/// can be reproduced: the search and its filters, when, against which commit of the index, how
/// many matched and how many are listed.
/// </summary>
public sealed record ExportHeader(
    string? Query,
    IReadOnlyList<string> Sources,
    string? From,
    string? To,
    IReadOnlyList<string> Keywords,
    bool ExactWords,
    bool OnePerStory,
    string Sort,
    int? Seed,
    bool FullText,
    string ExportedAt,
    long IndexVersion,
    int IndexArticles,
    int Total,
    int Stories,
    int Exported,
    int Limit,
    string SearchUrl)
{
    /// <summary>What the line is, in JSON Lines, where the header comes first.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "export";

    /// <summary>Whether matches were left out because of the limit.</summary>
    public bool Truncated => Exported < (OnePerStory ? Stories : Total);

    /// <summary>Why the export holds fewer than every match, or null when it holds them all.</summary>
    public string? Note => !Truncated ? null
        : Limit < ExportOptions.MaxArticles
            ? $"Only the first {Exported:N0} of {Matches} are listed, as asked (limit={Limit})."
            : $"Only the first {Exported:N0} of {Matches} are listed: an export holds at most {ExportOptions.MaxArticles:N0}. Narrow the search (dates, sources) and export each part to have them all.";

    private string Matches => OnePerStory ? $"{Stories:N0} stories" : $"{Total:N0} matching articles";

    public static ExportHeader Of(SearchRequest request, ExportOptions options, IResultSet results, DateTimeOffset now, HttpRequest http) => new(
        request.Query,
        request.Sources,
        request.From is { } from ? SearchLinks.Day(from) : null,
        request.To is { } to ? SearchLinks.Day(to) : null,
        request.Keywords.Select(k => $"{k.List}:{k.Value}").ToList(),
        request.ExactWords,
        request.OnePerStory,
        request.EffectiveSort.ToString().ToLowerInvariant(),
        request.EffectiveSort == SearchSort.Random ? request.Seed : null,
        options.WithText,
        ExportFormats.Timestamp(now),
        results.IndexVersion,
        results.IndexArticles,
        results.Total,
        results.Stories,
        results.Count,
        options.Limit,
        SiteAddress.Absolute(http, SearchLinks.Search(request with { Page = 1, PageSize = SearchRequestReader.DefaultPageSize })));

    /// <summary>
    /// The header of a story's export: the same record as a search's, so that one reader takes
    /// both. The story stands where the query does (story:id, which the search does not read),
    /// and its page where the search's address does; its versions are the matches, oldest first.
    /// </summary>
    public static ExportHeader OfStory(StoryId story, ExportOptions options, IResultSet versions, DateTimeOffset now, HttpRequest http) => new(
        "story:" + story,
        [],
        null,
        null,
        [],
        ExactWords: false,
        OnePerStory: false,
        nameof(SearchSort.Oldest).ToLowerInvariant(),
        Seed: null,
        options.WithText,
        ExportFormats.Timestamp(now),
        versions.IndexVersion,
        versions.IndexArticles,
        versions.Total,
        versions.Stories,
        versions.Count,
        options.Limit,
        SiteAddress.Absolute(http, SearchLinks.Story(story)));

    /// <summary>The header as named values, in order, for formats without nesting (CSV).</summary>
    public IEnumerable<(string Name, string Value)> Lines()
    {
        yield return ("query", Query ?? "");
        yield return ("sources", string.Join("; ", Sources));
        yield return ("from", From ?? "");
        yield return ("to", To ?? "");
        yield return ("keywords", string.Join("; ", Keywords));
        yield return ("exact words", ExactWords ? "yes" : "no");
        yield return ("one per story", OnePerStory ? "yes" : "no");
        yield return ("sort", Sort);
        if (Seed is { } seed) yield return ("seed", seed.ToString(CultureInfo.InvariantCulture));
        yield return ("full text", FullText ? "yes" : "no");
        yield return ("exported at", ExportedAt);
        yield return ("index version", IndexVersion.ToString(CultureInfo.InvariantCulture));
        yield return ("index articles", IndexArticles.ToString(CultureInfo.InvariantCulture));
        yield return ("total", Total.ToString(CultureInfo.InvariantCulture));
        yield return ("stories", Stories.ToString(CultureInfo.InvariantCulture));
        yield return ("exported", Exported.ToString(CultureInfo.InvariantCulture));
        yield return ("search", SearchUrl);
        if (Note is { } note) yield return ("note", note);
    }
}
