using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Spelling;

/// <summary>A word of the index near a query word, and in how many articles it occurs.</summary>
/// <param name="DocFreq">Articles with the word in the title or in the body, whichever is more: a cheap lower bound of either.</param>
internal sealed record CloseTerm(string Text, int Distance, int DocFreq);

/// <summary>
/// The words of the index within a few edits of a word: the Levenshtein automaton of the word
/// intersected with the terms dictionary of the exact title and body fields (stemmed fields
/// would offer stems, not words). The intersection only visits terms the automaton can accept,
/// so it costs about a millisecond, and it stops after <see cref="MaxExpansions"/> terms per
/// field so that a short word in a large vocabulary cannot make it slow. Building the automaton
/// costs as much again, and people search the same words over and over, so the answers are kept
/// per index reader (a refresh starts afresh) for a bounded number of words.
/// </summary>
internal static class CloseTerms
{
    public const int MaxExpansions = 50;

    /// <summary>Words remembered per reader before the memory starts over.</summary>
    private const int RememberedWords = 10_000;

    private static readonly string[] Fields = [ArchiveSchema.Title, ArchiveSchema.Body];

    /// <summary>The words within <paramref name="maxEdits"/> (1 or 2) edits of <paramref name="word"/>, the word itself left out.</summary>
    public static IReadOnlyList<CloseTerm> Find(IndexSearcher searcher, string word, int maxEdits)
    {
        var state = ReaderState.Of(searcher);
        var remembered = state.Get(_ => new Remembered());
        if (remembered.TryGetValue((word, maxEdits), out var known)) return known;
        if (remembered.Count >= RememberedWords) remembered.Clear();
        return remembered[(word, maxEdits)] = Search(state.Reader, word, maxEdits);
    }

    private static List<CloseTerm> Search(IndexReader reader, string word, int maxEdits)
    {
        var automaton = new CompiledAutomaton(
            new LevenshteinAutomata(word, withTranspositions: true).ToAutomaton(maxEdits), finite: true, simplify: false);
        var docFreqs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (MultiFields.GetTerms(reader, field) is not { } terms) continue;
            var termsEnum = automaton.GetTermsEnum(terms);
            for (var visited = 0; visited < MaxExpansions && termsEnum.MoveNext(); visited++)
            {
                var text = termsEnum.Term.Utf8ToString();
                if (text != word) docFreqs[text] = Math.Max(docFreqs.GetValueOrDefault(text), termsEnum.DocFreq);
            }
        }
        return docFreqs.Select(pair => new CloseTerm(pair.Key, EditDistance.Between(word, pair.Key), pair.Value)).ToList();
    }

    /// <summary>Articles with the word in the title or in the body, whichever is more.</summary>
    public static int DocFreq(IndexReader reader, string word) =>
        Fields.Max(field => reader.DocFreq(new Term(field, word)));

    /// <summary>The words found near others, by word and edits, kept with the reader's <see cref="ReaderState"/>.</summary>
    private sealed class Remembered : ConcurrentDictionary<(string Word, int MaxEdits), IReadOnlyList<CloseTerm>>;
}
