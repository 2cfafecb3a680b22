using System.Text.RegularExpressions;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Makes an article of a plain text, inferring title, date, source and dateline from what the
/// text itself states, and nothing else.
/// </summary>
/// <remarks>
/// A wrong date or source is worse than none: it files the article under the wrong day or
/// outlet, where no one looks for it. So dates are read only from places that are there to carry
/// a date (a leading "date 2022-01-10" marker, a "Published: …" line, a dateline), never from
/// the prose, and a source only from the agency tag of a dateline. The body keeps every word of
/// the article; only lines that are pure metadata are taken out of it.
/// </remarks>
public static partial class PlainTextArticleParser
{
    /// <summary>A first line up to this long that does not read like a paragraph is the title.</summary>
    public const int MaxTitleLineLength = 150;

    // "Published: …" lines sit with the headline or at the foot of the text, not in the middle.
    private const int MarkerLineReach = 5;

    // A dateline opens the story, after at most a subheading or two.
    private const int DatelineReach = 3;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static Article Parse(string id, string text)
    {
        // Paragraphs.Split only knows \n and \r\n; old Mac files end lines with a lone \r.
        var paragraphs = Paragraphs.Split(text.Replace("\r\n", "\n").Replace('\r', '\n')).ToList();

        var date = TakeLeadingDateMarker(paragraphs);
        // Taken out even when the marker already gave the date: the line is metadata, not story.
        var published = TakeDateLine(paragraphs);
        date ??= published;
        var title = TakeTitleLine(paragraphs);
        var (dateline, datelineIndex) = FindDateline(paragraphs);
        date ??= dateline?.Date;
        title ??= HeadlineFromLead(paragraphs, datelineIndex, dateline?.Length ?? 0);

        return new Article
        {
            Id = id,
            Title = title,
            Body = Paragraphs.Join(paragraphs),
            Source = dateline?.Source,
            Date = date,
            Dateline = dateline?.Place,
        };
    }

    /// <summary>Takes a " date 2022-01-10" marker off the start of the text, leaving the rest of its line.</summary>
    private static DateTimeOffset? TakeLeadingDateMarker(List<string> paragraphs)
    {
        if (paragraphs.Count == 0) return null;
        var match = LeadingDateMarker().Match(paragraphs[0]);
        if (!match.Success || !DateTextParser.TryParse(match.Groups["date"].Value, out var date)) return null;

        var rest = paragraphs[0][match.Length..].Trim();
        if (rest.Length == 0) paragraphs.RemoveAt(0);
        else paragraphs[0] = rest;
        return date;
    }

    /// <summary>Takes the first line of its own like "Published: Jan 11, 2022 01:15 AM" out of the body.</summary>
    private static DateTimeOffset? TakeDateLine(List<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i >= MarkerLineReach && i < paragraphs.Count - MarkerLineReach) continue;
            var match = DateLine().Match(paragraphs[i]);
            if (!match.Success || !DateTextParser.TryParse(match.Groups["date"].Value, out var date)) continue;
            paragraphs.RemoveAt(i);
            return date;
        }
        return null;
    }

    private static string? TakeTitleLine(List<string> paragraphs)
    {
        if (paragraphs.Count < 2 || !IsTitleLine(paragraphs[0])) return null;
        var title = paragraphs[0];
        paragraphs.RemoveAt(0);
        return title;
    }

    /// <summary>
    /// A headline is short and does not end like a sentence or lead into the next line; a
    /// one-paragraph text has no title line, since the title would leave no body.
    /// </summary>
    private static bool IsTitleLine(string line)
    {
        if (line.Length > MaxTitleLineLength) return false;
        var end = line.TrimEnd('"', '”', '’', '\'', ')', ']');
        if (end.Length == 0 || end[^1] is '.' or ',' or ';' or ':' or '…') return false;
        return !DatelineParser.TryParse(line, out _);
    }

    private static (Dateline? Dateline, int Index) FindDateline(List<string> paragraphs)
    {
        for (var i = 0; i < Math.Min(DatelineReach, paragraphs.Count); i++)
        {
            if (DatelineParser.TryParse(paragraphs[i], out var dateline)) return (dateline, i);
        }
        return (null, -1);
    }

    /// <summary>The first sentence of the story, without its dateline, which says nothing about the story.</summary>
    private static string HeadlineFromLead(List<string> paragraphs, int datelineIndex, int datelineLength)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var lead = i == datelineIndex ? paragraphs[i][datelineLength..].Trim() : paragraphs[i];
            if (lead.Length > 0) return Headline.FromText(lead);
        }
        return "";
    }

    [GeneratedRegex(@"^\s*date:?\s+(?<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)", Options)]
    private static partial Regex LeadingDateMarker();

    [GeneratedRegex(@"^(?:(?:first\s+)?published|posted|dated?|publication\s+date)(?:\s+on)?\s*:?\s*(?<date>\S.*?)\s*$", Options)]
    private static partial Regex DateLine();
}
