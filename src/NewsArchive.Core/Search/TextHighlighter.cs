using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsArchive.Core.Search;

/// <summary>
/// Marks the words of a text that matched a query, by re-analysing the stored text with the
/// field's own analyzer and using its offsets, so that what is marked is exactly what matched
/// (folded accents, case) without term vectors in the index.
/// </summary>
public sealed class TextHighlighter(Analyzer analyzer)
{
    public const int DefaultPassageLength = 240;
    private const string Ellipsis = "…";

    /// <summary>The whole text with every match marked.</summary>
    public HighlightedText MarkAll(string field, string text, QueryTermMatcher matcher) =>
        Segment(text, 0, text.Length, FindMatches(field, text, matcher));

    /// <summary>The passage of about <paramref name="length"/> characters with the most distinct matched words.</summary>
    public HighlightedText BestPassage(string field, string text, QueryTermMatcher matcher, int length = DefaultPassageLength)
    {
        var matches = FindMatches(field, text, matcher);
        var start = matches.Count == 0 ? 0 : BestWindowStart(text, matches, length);
        start = start == 0 ? 0 : WordStartAtOrAfter(text, start);
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length) end = WordEndAtOrBefore(text, end, start);

        var passage = Segment(text, start, end, matches);
        var segments = passage.Segments
            .Select(s => s with { Text = s.Text.ReplaceLineEndings(" ") })
            .ToList();
        if (start > 0) segments.Insert(0, new TextSegment(Ellipsis, false));
        if (end < text.Length) segments.Add(new TextSegment(Ellipsis, false));
        return new HighlightedText(segments);
    }

    internal List<(int Start, int End)> FindMatches(string field, string text, QueryTermMatcher matcher)
    {
        var matches = new List<(int, int)>();
        if (matcher.IsEmpty || text.Length == 0) return matches;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (matcher.Matches(field, term.ToString())) matches.Add((offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return matches;
    }

    /// <summary>
    /// Slides a window from each match and keeps the one covering the most distinct words, then
    /// the most matches, so a passage naming every query word beats one repeating a single word.
    /// </summary>
    private static int BestWindowStart(string text, List<(int Start, int End)> matches, int length)
    {
        int bestStart = 0, bestDistinct = -1, bestCount = -1;
        for (var i = 0; i < matches.Count; i++)
        {
            var windowEnd = matches[i].Start + length;
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End <= windowEnd; j++, count++)
                words.Add(text[matches[j].Start..matches[j].End]);
            if (words.Count > bestDistinct || (words.Count == bestDistinct && count > bestCount))
                (bestStart, bestDistinct, bestCount) = (matches[i].Start, words.Count, count);
        }
        // Show a little of what leads up to the first match.
        return Math.Max(0, bestStart - length / 6);
    }

    private static HighlightedText Segment(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var segments = new List<TextSegment>();
        var position = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchStart < position || matchEnd > end) continue;
            if (matchStart > position) segments.Add(new TextSegment(text[position..matchStart], false));
            segments.Add(new TextSegment(text[matchStart..matchEnd], true));
            position = matchEnd;
        }
        if (position < end) segments.Add(new TextSegment(text[position..end], false));
        return new HighlightedText(segments);
    }

    private static int WordStartAtOrAfter(string text, int index)
    {
        if (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            var space = text.IndexOfAny([' ', '\n'], index);
            if (space >= 0 && space - index < 30) index = space + 1;
        }
        return index;
    }

    private static int WordEndAtOrBefore(string text, int index, int floor)
    {
        var space = text.LastIndexOfAny([' ', '\n'], index);
        return space > floor ? space : index;
    }
}
