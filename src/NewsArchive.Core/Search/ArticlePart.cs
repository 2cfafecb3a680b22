namespace NewsArchive.Core.Search;

/// <summary>
/// One part of an article too long for one page: its paragraphs (or pieces of one, for a
/// paragraph longer than a part) and how many parts there are. A part holds whole paragraphs up
/// to about its size; a paragraph longer than that is cut between words. Only the part asked for
/// is copied out, so a page of a huge article costs its part, not the article.
/// </summary>
/// <param name="Number">The part, from 1.</param>
/// <param name="Count">The article's parts; 1 for any article shorter than a part.</param>
public sealed record ArticlePart(int Number, int Count, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Part <paramref name="number"/> (from 1) of the paragraphs; null past the last part.</summary>
    public static ArticlePart? Of(IEnumerable<string> paragraphs, int number, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var kept = new List<string>();
        var count = 0;
        var filled = size; // so that the first piece starts part 1
        foreach (var (paragraph, start, end) in Pieces(paragraphs, size))
        {
            if (filled + (end - start) > size && filled > 0)
            {
                count++;
                filled = 0;
            }
            filled += end - start;
            if (count == number) kept.Add(paragraph[start..end]);
        }
        count = Math.Max(count, 1);
        return number >= 1 && number <= count ? new ArticlePart(number, count, kept) : null;
    }

    /// <summary>Each paragraph, or for one longer than a part its pieces of at most a part, cut after a space.</summary>
    private static IEnumerable<(string Paragraph, int Start, int End)> Pieces(IEnumerable<string> paragraphs, int size)
    {
        foreach (var paragraph in paragraphs)
        {
            var start = 0;
            while (paragraph.Length - start > size)
            {
                var space = paragraph.LastIndexOf(' ', start + size - 1, size - 1);
                // A word longer than a part (no space in it) is cut where the part ends.
                var end = space > start ? space + 1 : start + size;
                if (space <= start && char.IsHighSurrogate(paragraph[end - 1])) end--;
                yield return (paragraph, start, end);
                start = end;
            }
            yield return (paragraph, start, paragraph.Length);
        }
    }
}
