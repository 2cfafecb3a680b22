using Lucene.Net.Analysis;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Search.Highlighting;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// Marks the words of a text that matched a query, by re-analysing the stored text with the
/// analyzer of each field the query searched (the exact field and its stemmed twin) and using
/// their offsets, so that what is marked is exactly what matched (folded accents, case, other
/// forms of a word) without term vectors in the index.
/// </summary>
public sealed class TextHighlighter(Analyzer analyzer)
{
    /// <summary>The length of one passage of a snippet, in characters.</summary>
    public const int DefaultPassageLength = 160;

    /// <summary>A snippet shows at most this many passages.</summary>
    public const int MaxPassages = 3;

    private const string Ellipsis = "…";

    /// <summary>
    /// The whole text with every match marked. Its work grows with the text: callers keep the
    /// text to a part (a title, a part of an article), and <paramref name="cancellation"/> stops it.
    /// </summary>
    public HighlightedText MarkAll(string field, string text, QueryTermMatcher matcher, CancellationToken cancellation = default)
    {
        var spans = FindMatches(field, text, matcher, cancellation);
        return new HighlightedText(Segment(text, new Passage(0, text.Length), spans));
    }

    /// <summary>A short text (a hit's title) marked within the page's budget: unmarked once the time is up.</summary>
    internal HighlightedText MarkAll(string field, string text, QueryTermMatcher matcher, SnippetBudget budget)
    {
        try
        {
            return MarkAll(field, text, matcher, budget.Token);
        }
        catch (OperationCanceledException) when (budget.RanOutOfTime())
        {
            return HighlightedText.Plain(text);
        }
    }

    /// <summary>
    /// The best passages of a text (up to <see cref="MaxPassages"/>, in text order, joined by an
    /// ellipsis) with the matches marked; the opening of the text when nothing matched. Only the
    /// opening of a huge text is searched (<see cref="SearchBounds.SnippetCharacters"/>).
    /// </summary>
    public HighlightedText Snippet(string field, string text, QueryTermMatcher matcher, int passageLength = DefaultPassageLength) =>
        Snippet(field, text, matcher, new SnippetBudget(SearchBounds.Default, SearchDeadline.None), passageLength);

    /// <summary>A snippet within what the page's <paramref name="budget"/> has left: unmarked (the opening) past it.</summary>
    internal HighlightedText Snippet(string field, string text, QueryTermMatcher matcher, SnippetBudget budget, int passageLength = DefaultPassageLength)
    {
        List<MarkedSpan> spans;
        try
        {
            var searched = WholeWords(text, budget.Take(text.Length));
            // The first matches only: choosing passages is quadratic in the matches, and a huge
            // text of one repeated word would have hundreds of thousands.
            spans = FindMatches(field, text[..searched], matcher, budget.Token).Take(budget.Matches).ToList();
        }
        catch (OperationCanceledException) when (budget.RanOutOfTime())
        {
            spans = [];
        }
        var passages = spans.Count == 0
            ? [PassagePicker.Lead(text, passageLength)]
            : PassagePicker.Pick(text, spans, passageLength, MaxPassages);

        var segments = new List<TextSegment>();
        foreach (var passage in passages)
        {
            if (segments.Count > 0) segments.Add(new TextSegment($" {Ellipsis} ", false));
            else if (passage.Start > 0) segments.Add(new TextSegment(Ellipsis, false));
            // A snippet is one line of text: the article's line breaks would only break it up.
            segments.AddRange(Segment(text, passage, spans).Select(s => s with { Text = s.Text.ReplaceLineEndings(" ") }));
        }
        if (passages[^1].End < text.Length) segments.Add(new TextSegment(Ellipsis, false));
        return new HighlightedText(segments);
    }

    internal List<MarkedSpan> FindMatches(string field, string text, QueryTermMatcher matcher, CancellationToken cancellation = default)
    {
        if (matcher.IsEmpty || text.Length == 0) return [];
        var matches = matcher.FieldsOf(field)
            .SelectMany(queried => matcher.FindIn(queried, AnalysedToken.Of(analyzer, queried, text, token => matcher.MayMatch(queried, token), cancellation), cancellation));
        return MatchSpans.Merge(matches);
    }

    /// <summary>
    /// The end of the last whole word within the first <paramref name="length"/> characters (all
    /// of them when they hold no space): a word cut in two could match a prefix it does not have.
    /// </summary>
    private static int WholeWords(string text, int length)
    {
        if (length >= text.Length) return text.Length;
        var space = text.LastIndexOfAny([' ', '\n', '\t', '\r'], length);
        return space > 0 ? space : length;
    }

    private static List<TextSegment> Segment(string text, Passage passage, List<MarkedSpan> spans)
    {
        var segments = new List<TextSegment>();
        var position = passage.Start;
        foreach (var span in spans)
        {
            if (span.Start < position || span.End > passage.End) continue;
            if (span.Start > position) segments.Add(new TextSegment(text[position..span.Start], false));
            segments.Add(new TextSegment(text[span.Start..span.End], true));
            position = span.End;
        }
        if (position < passage.End) segments.Add(new TextSegment(text[position..passage.End], false));
        return segments;
    }
}
