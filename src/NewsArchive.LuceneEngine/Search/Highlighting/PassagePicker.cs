namespace NewsArchive.LuceneEngine.Search.Highlighting;

/// <summary>A stretch of a text shown in a snippet, [Start, End).</summary>
internal readonly record struct Passage(int Start, int End);

/// <summary>
/// Chooses the passages of a snippet, greedily: each pick is the window showing the most query
/// terms not yet shown, then the most terms, then the most matches, then the earliest. Windows
/// never overlap and come back in text order. Each starts a little before its first match, so
/// the reader sees what leads up to it, and starts and ends between words.
/// </summary>
internal static class PassagePicker
{
    /// <summary>Passages closer than this read as one: an ellipsis between them would hide a word or two.</summary>
    private const int JoinGap = 20;

    public static List<Passage> Pick(string text, IReadOnlyList<MarkedSpan> spans, int length, int count)
    {
        var chosen = new List<Passage>();
        var shown = new HashSet<int>();
        while (chosen.Count < count)
        {
            Passage? best = null;
            var bestScore = (New: 0, Terms: 0, Matches: 0);
            foreach (var anchor in spans)
            {
                if (chosen.Any(p => anchor.Start < p.End && anchor.End > p.Start)) continue;
                var window = Window(text, spans, anchor, length, chosen);
                var inside = Inside(spans, window).ToList();
                var terms = inside.Select(s => s.Term).Distinct().ToList();
                var score = (New: terms.Count(t => !shown.Contains(t)), Terms: terms.Count, Matches: inside.Count);
                if (score.CompareTo(bestScore) > 0) (best, bestScore) = (window, score);
            }
            if (best is not { } pick) break;
            chosen.Add(pick);
            shown.UnionWith(Inside(spans, pick).Select(s => s.Term));
        }
        return Join(chosen.OrderBy(p => p.Start));
    }

    /// <summary>The opening of a text that matched nothing.</summary>
    public static Passage Lead(string text, int length) =>
        length >= text.Length ? new Passage(0, text.Length) : Trimmed(text, 0, WordEnd(text, length, 0));

    private static IEnumerable<MarkedSpan> Inside(IEnumerable<MarkedSpan> spans, Passage passage) =>
        spans.Where(s => s.Start >= passage.Start && s.End <= passage.End);

    /// <summary>The window around a match, clear of the passages already chosen and of half a match at its end.</summary>
    private static Passage Window(string text, IReadOnlyList<MarkedSpan> spans, MarkedSpan anchor, int length, List<Passage> chosen)
    {
        var floor = chosen.Where(p => p.End <= anchor.Start).Select(p => p.End).DefaultIfEmpty(0).Max();
        var ceiling = chosen.Where(p => p.Start >= anchor.End).Select(p => p.Start).DefaultIfEmpty(text.Length).Min();

        var start = Math.Max(floor, anchor.Start - length / 6);
        // Room left where the text (or the next passage) ends goes to what comes before the match.
        start = Math.Max(floor, Math.Min(start, Math.Min(ceiling, start + length) - length));
        if (start > floor && !char.IsWhiteSpace(text[start - 1]))
        {
            var after = IndexOfSpace(text, start, anchor.Start);
            start = after >= 0 ? after + 1 : LastIndexOfSpace(text, start, floor) + 1;
        }

        var end = Math.Max(anchor.End, Math.Min(ceiling, start + length));
        if (end < text.Length && !char.IsWhiteSpace(text[end])) end = WordEnd(text, end, anchor.End);
        // A match cut in two would show half of it unmarked: end before it instead.
        foreach (var span in spans)
        {
            if (span.Start < end && span.End > end)
            {
                end = span.Start;
                break;
            }
        }
        return Trimmed(text, start, end);
    }

    private static int IndexOfSpace(string text, int from, int before)
    {
        for (var i = from; i < before; i++)
            if (char.IsWhiteSpace(text[i])) return i;
        return -1;
    }

    /// <summary>The last space before <paramref name="before"/> and at or after <paramref name="floor"/>, or floor - 1 if there is none.</summary>
    private static int LastIndexOfSpace(string text, int before, int floor)
    {
        for (var i = before - 1; i >= floor; i--)
            if (char.IsWhiteSpace(text[i])) return i;
        return floor - 1;
    }

    /// <summary>The last space before <paramref name="index"/> but after <paramref name="floor"/>, or the index if there is none.</summary>
    private static int WordEnd(string text, int index, int floor)
    {
        for (var i = index - 1; i > floor; i--)
            if (char.IsWhiteSpace(text[i])) return i;
        return index;
    }

    private static Passage Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new Passage(start, end);
    }

    private static List<Passage> Join(IEnumerable<Passage> passages)
    {
        var joined = new List<Passage>();
        foreach (var passage in passages)
        {
            if (joined.Count > 0 && passage.Start - joined[^1].End <= JoinGap) joined[^1] = joined[^1] with { End = passage.End };
            else joined.Add(passage);
        }
        return joined;
    }
}
