namespace NewsArchive.LuceneEngine.Search.Highlighting;

/// <summary>A marked span of text and the query term it shows (see <see cref="MatchSpans"/>).</summary>
internal readonly record struct MarkedSpan(int Start, int End, int Term);

/// <summary>
/// Turns the matches found in one text (by every field read from it) into marks that do not
/// overlap, in text order. Rules that match the same words — a word's exact and stemmed forms, a
/// phrase and one of its words — count as one query term, so a passage is scored by how many
/// different things the reader asked for it shows, not by how many fields found them.
/// </summary>
internal static class MatchSpans
{
    public static List<MarkedSpan> Merge(IEnumerable<TextMatch> matches)
    {
        var terms = new Dictionary<int, int>();
        int Root(int rule)
        {
            while (terms.TryGetValue(rule, out var parent) && parent != rule) rule = parent;
            return rule;
        }
        void Join(int a, int b) => terms[Root(a)] = Root(b);

        var merged = new List<TextMatch>();
        foreach (var match in matches.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (merged.Count > 0 && match.Start < merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, match.End) };
                Join(match.Rule, merged[^1].Rule);
            }
            else
            {
                merged.Add(match);
            }
        }
        return merged.Select(m => new MarkedSpan(m.Start, m.End, Root(m.Rule))).ToList();
    }
}
