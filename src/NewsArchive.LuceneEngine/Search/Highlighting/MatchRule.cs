namespace NewsArchive.LuceneEngine.Search.Highlighting;

/// <summary>Where a rule of the query matched: a span of the text as written.</summary>
internal readonly record struct TextMatch(int Start, int End, int Rule);

/// <summary>
/// One clause of a query as the highlighter looks for it among a field's tokens. A word (exact
/// term, prefix, wildcard, fuzzy) is one slot; a phrase is several slots at fixed distances and
/// is found only where all of them occur, so that its words are not marked on their own.
/// </summary>
internal sealed class MatchRule(int id, string fieldName, IReadOnlyList<MatchRule.Slot> slots, int slop)
{
    /// <summary>A word of the rule: how many positions after the first word it stands, and which tokens it accepts.</summary>
    public readonly record struct Slot(int Offset, Func<ReadOnlySpan<char>, bool> Accepts);

    /// <summary>Whether any word of the rule accepts the token: tokens no rule accepts need not be kept.</summary>
    public bool MayAccept(ReadOnlySpan<char> token)
    {
        foreach (var slot in slots)
            if (slot.Accepts(token)) return true;
        return false;
    }

    public string Field { get; } = fieldName;

    /// <summary>
    /// Every occurrence among <paramref name="tokens"/> (one field's, in position order). An exact
    /// phrase is one match from its first word to its last, as the reader counts it.
    /// </summary>
    public IEnumerable<TextMatch> FindIn(IReadOnlyList<AnalysedToken> tokens, ILookup<int, AnalysedToken> byPosition, CancellationToken cancellation)
    {
        // No token stands further from another than the field's first and last do: a larger slop
        // (a reader may type "a b"~2147483647) looks no further, and cannot count past int.MaxValue.
        var reach = tokens.Count == 0 ? 0 : Math.Min(slop, tokens.Max(t => t.Position) - tokens.Min(t => t.Position));
        foreach (var first in tokens)
        {
            // A sloppy phrase looks up to its slop around each of its first words: the one loop
            // whose work grows faster than the text, so the one that checks for the deadline.
            cancellation.ThrowIfCancellationRequested();
            if (!slots[0].Accepts(first.Term)) continue;
            var found = new List<AnalysedToken>(slots.Count) { first };
            foreach (var slot in slots.Skip(1))
            {
                if (Near(byPosition, first.Position + slot.Offset, slot, reach) is not { } token) break;
                found.Add(token);
            }
            if (found.Count < slots.Count) continue;
            if (slop == 0)
            {
                yield return new TextMatch(found.Min(t => t.Start), found.Max(t => t.End), id);
                continue;
            }
            // The words of a sloppy phrase may stand apart with others between: mark each alone.
            foreach (var token in found) yield return new TextMatch(token.Start, token.End, id);
        }
    }

    /// <summary>
    /// The token that fills a slot at its place, or within the slop of it (<paramref name="reach"/>).
    /// Lucene counts a sloppy phrase's moves rather than distances, so this is close for small slops
    /// and exact for none.
    /// </summary>
    private static AnalysedToken? Near(ILookup<int, AnalysedToken> byPosition, int position, Slot slot, int reach)
    {
        for (var distance = 0; distance <= reach; distance++)
        {
            foreach (var candidate in byPosition[position - distance].Concat(byPosition[position + distance]))
                if (slot.Accepts(candidate.Term)) return candidate;
        }
        return null;
    }
}
