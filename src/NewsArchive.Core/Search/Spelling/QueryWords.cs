namespace NewsArchive.Core.Search.Spelling;

/// <summary>
/// A word of the query text that spelling may correct or widen, and where it is, so that a
/// suggestion rewrites just that word and leaves the rest of the query as the reader typed it.
/// </summary>
/// <param name="Start">Where the word starts in the query text.</param>
/// <param name="PhraseStart">Where its quoted phrase starts (the opening quote), or -1 outside quotes.</param>
/// <param name="PhraseEnd">Where its phrase ends: after the closing quote and any ~slop.</param>
internal sealed record QueryWord(string Text, int Start, int PhraseStart = -1, int PhraseEnd = -1)
{
    public int End => Start + Text.Length;

    public bool InPhrase => PhraseStart >= 0;
}

/// <summary>
/// Finds the plain words of a query written in the query language: words on their own and words
/// inside quoted phrases. Left out are words the reader did not ask to find as spelt (field:value,
/// excluded -words and NOT words, wildcards, fuzzy~ words, boosts, ranges, regular expressions),
/// the operators, and anything that is not all letters (numbers, "U.S.", "Kazakhstan's").
/// </summary>
internal static class QueryWords
{
    /// <summary>Characters that give a word a meaning of its own in the query language.</summary>
    private static readonly char[] Syntax = ['*', '?', '~', '^', '\\', '/', '[', ']', '{', '}', ':'];

    public static IReadOnlyList<QueryWord> Find(string text)
    {
        var words = new List<QueryWord>();
        // For each open group, whether its words are left alone: those of field:(…), -(…), NOT (…).
        var groups = new Stack<bool>();
        var skipNext = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var skipping = skipNext || groups.Any(skip => skip);
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '(') { groups.Push(skipping); skipNext = false; i++; continue; }
            if (c == ')') { if (groups.Count > 0) groups.Pop(); skipNext = false; i++; continue; }
            if (c == '+') { i++; continue; }
            if (c is '-' or '!') { skipNext = true; i++; continue; }
            if (c is '[' or '{')
            {
                // A range: [a TO b] holds bounds, not words.
                var rangeEnd = text.IndexOfAny([']', '}'], i);
                i = rangeEnd < 0 ? text.Length : rangeEnd + 1;
                skipNext = false;
                continue;
            }
            if (c == '"')
            {
                var close = ClosingQuote(text, i + 1);
                var end = PastSlop(text, Math.Min(close + 1, text.Length));
                // A phrase without its closing quote cannot be rewritten as a phrase; leave its words alone.
                if (!skipping && close < text.Length) AddPhraseWords(text, i, close, end, words);
                skipNext = false;
                i = end;
                continue;
            }

            var chunkEnd = i;
            while (chunkEnd < text.Length && !char.IsWhiteSpace(text[chunkEnd]) && text[chunkEnd] is not ('(' or ')' or '"')) chunkEnd++;
            var chunk = text[i..chunkEnd];
            if (chunk is "AND" or "OR" or "&&" or "||") { i = chunkEnd; continue; }
            // "NOT x", and "field:" before a quote or a group, apply to what follows.
            if (chunk == "NOT" || chunk.EndsWith(':')) { skipNext = true; i = chunkEnd; continue; }
            if (!skipping && PlainWord(text, i, chunkEnd) is { } word) words.Add(word);
            skipNext = false;
            i = chunkEnd;
        }
        return words;
    }

    private static void AddPhraseWords(string text, int open, int close, int end, List<QueryWord> words)
    {
        var i = open + 1;
        while (i < close)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var chunkEnd = i;
            while (chunkEnd < close && !char.IsWhiteSpace(text[chunkEnd])) chunkEnd++;
            if (PlainWord(text, i, chunkEnd) is { } word) words.Add(word with { PhraseStart = open, PhraseEnd = end });
            i = chunkEnd;
        }
    }

    /// <summary>The letters of text[start..end] without the punctuation around them, if the rest is only letters.</summary>
    private static QueryWord? PlainWord(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).IndexOfAny(Syntax) >= 0) return null;
        while (start < end && !char.IsLetterOrDigit(text[start])) start++;
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        if (start == end) return null;
        for (var i = start; i < end; i++)
            if (!char.IsLetter(text[i])) return null;
        return new QueryWord(text[start..end], start);
    }

    /// <summary>The index of the quote closing the phrase opened before <paramref name="from"/>, or the end of the text.</summary>
    private static int ClosingQuote(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '"') return i;
        }
        return text.Length;
    }

    private static int PastSlop(string text, int i)
    {
        if (i >= text.Length || text[i] != '~') return i;
        i++;
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.')) i++;
        return i;
    }
}
