using System.Globalization;
using System.Text;
using NewsArchive.Core.Search;

namespace NewsArchive.Indexer;

/// <summary>
/// Prints search results for a reader: a line with the total and the time, then each hit's
/// title, its date, source and id, its snippet and its story, as the search page shows them.
/// </summary>
/// <param name="markMatches">Put the words that matched in bold (ANSI escape codes).</param>
internal sealed class SearchPrinter(TextWriter output, bool markMatches)
{
    private const string Bold = "\u001b[1m";
    private const string NotBold = "\u001b[22m";

    /// <summary>
    /// Whether matches can be marked on <paramref name="output"/>: only on the process's own
    /// terminal, and not when NO_COLOR asks for plain text (https://no-color.org). Redirected to a
    /// file, a pager or another program, the words are left unmarked rather than put in brackets:
    /// escape codes would show there as stray characters, and brackets would change the text itself
    /// (grep "Wang Yi" would no longer find "[Wang] [Yi]") and could not be told from brackets the
    /// articles contain. Scripts that need the hits' details read --json.
    /// </summary>
    public static bool CanMark(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public void Print(SearchResults results)
    {
        var request = results.Request;
        output.WriteLine(Heading(results));
        if (results.Notice is { } notice) output.WriteLine(Clean(notice));
        if (results.CorrectedFrom is { } typed)
            output.WriteLine($"Showing results for \"{Clean(request.Query!)}\": \"{Clean(typed)}\" found nothing (--as-typed searches it as typed).");
        if (results.Narrowed is { } narrowed) output.WriteLine(Clean(narrowed));
        if (results.Spelling.Suggestion is { } suggestion) output.WriteLine($"Did you mean \"{Clean(suggestion.Query)}\"?");

        var first = (request.Page - 1) * request.PageSize + 1;
        var width = (first + results.Hits.Count - 1).ToString(CultureInfo.InvariantCulture).Length;
        var indent = new string(' ', width + 2);
        foreach (var (offset, hit) in results.Hits.Index())
        {
            output.WriteLine();
            var number = (first + offset).ToString(CultureInfo.InvariantCulture).PadLeft(width);
            output.WriteLine($"{number}. {Marked(hit.Title)}");
            var date = hit.Date is { } d ? d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
            output.WriteLine($"{indent}{date} | {Clean(hit.Source ?? "source unknown")} | {Clean(hit.Id)}");
            if (hit.Snippet.PlainText.Length > 0) output.WriteLine($"{indent}{Marked(hit.Snippet)}");
            if (hit.Story is { } story)
                output.WriteLine($"{indent}Story {story.Id}: {Count(story.Size, "version", "versions")} from {Count(story.Outlets, "outlet", "outlets")}");
        }
    }

    /// <summary>E.g. "5 matches for "Tokayev" in 12 ms, showing 1-5, most relevant first."</summary>
    private static string Heading(SearchResults results)
    {
        var request = results.Request;
        var what = (request.HasQuery, results.Total) switch
        {
            (true, 0) => $"No matches for \"{Clean(request.Query!.Trim())}\"",
            (true, _) => $"{Count(results.Total, "match", "matches")} for \"{Clean(request.Query!.Trim())}\"",
            (false, 0) => "No articles",
            (false, _) => Count(results.Total, "article", "articles"),
        };
        var heading = $"{what} in {results.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)} ms";
        if (results.Hits.Count > 0)
        {
            var first = (request.Page - 1) * request.PageSize + 1;
            var order = request.EffectiveSort switch
            {
                SearchSort.Newest => "newest first",
                SearchSort.Oldest => "oldest first",
                SearchSort.Added => "newest to the archive first",
                SearchSort.Random => $"in the random order of seed {request.Seed}",
                _ => "most relevant first",
            };
            return $"{heading}, showing {first}-{first + results.Hits.Count - 1}, {order}.";
        }
        if (results.Total > 0) return $"{heading}; page {request.Page} is past the last page ({results.PageCount}).";
        return heading + ".";
    }

    private string Marked(HighlightedText text)
    {
        var line = new StringBuilder();
        foreach (var segment in text.Segments)
        {
            if (markMatches && segment.IsMatch) line.Append(Bold).Append(Clean(segment.Text)).Append(NotBold);
            else line.Append(Clean(segment.Text));
        }
        return line.ToString();
    }

    /// <summary>
    /// The text on one line, each run of spaces, line breaks or control characters made one space:
    /// articles come from anywhere, and an escape code or a line break in a title would restyle the
    /// terminal or break up the listing; a snippet's paragraph breaks would leave double spaces.
    /// </summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c)) clean.Append(c);
            else if (clean.Length == 0 || clean[^1] != ' ') clean.Append(' ');
        }
        return clean.ToString();
    }

    private static string Count(int count, string one, string many) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}
