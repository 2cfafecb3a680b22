using NewsArchive.LuceneEngine.Search.Spelling;

namespace NewsArchive.Benchmarks.Spelling;

/// <summary>A rare word of the archive close to a far more frequent one: perhaps a misspelling of it, to be reviewed by reading.</summary>
internal sealed record MisspellingCandidate(string Rare, string Frequent, int RareArticles, int FrequentArticles, int Edits);

/// <summary>
/// Finds the archive's own likely misspellings: words of at least <see cref="MinLength"/> letters
/// within one edit (two from seven letters on) of a word in at least <see cref="MinRatio"/> times
/// as many articles, when they are in at most <see cref="MaxRareArticles"/> articles; or in at
/// least <see cref="MinUncommonRatio"/> times as many, when they are in a few more (a misspelling
/// of a name in the news for months, like Kavanagh for Kavanaugh, is repeated by several outlets). Pairs are found by
/// the deletions of each word (two words within n edits share a string with at most n letters
/// deleted from each), then checked with the Levenshtein automaton.
/// </summary>
internal static class MisspellingMiner
{
    public const int MaxRareArticles = 3;
    public const int MinLength = 4;
    public const int MinRatio = 20;
    public const int MaxUncommonArticles = 20;
    public const int MinUncommonRatio = 50;
    public const int TwoEditsFromLength = 7;

    public static List<MisspellingCandidate> Find(IReadOnlyDictionary<string, int> vocabulary)
    {
        var frequentByDeletion = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (word, articles) in vocabulary)
        {
            if (articles < MinRatio || word.Length < MinLength - 1) continue;
            foreach (var deleted in Deletions(word, 2))
            {
                if (!frequentByDeletion.TryGetValue(deleted, out var words)) frequentByDeletion[deleted] = words = [];
                words.Add(word);
            }
        }

        var candidates = new List<MisspellingCandidate>();
        foreach (var (rare, articles) in vocabulary)
        {
            if (articles > MaxUncommonArticles || rare.Length < MinLength) continue;
            var minArticles = articles * (articles <= MaxRareArticles ? MinRatio : MinUncommonRatio);
            var maxEdits = rare.Length >= TwoEditsFromLength ? 2 : 1;
            var best = Deletions(rare, maxEdits)
                .SelectMany(deleted => frequentByDeletion.GetValueOrDefault(deleted) ?? [])
                .Distinct()
                .Where(frequent => vocabulary[frequent] >= minArticles)
                .Select(frequent => (Word: frequent, Edits: EditDistance.Between(rare, frequent)))
                .Where(close => close.Edits <= maxEdits)
                // The nearest, then the commonest: what the writer most likely meant.
                .OrderBy(close => close.Edits).ThenByDescending(close => vocabulary[close.Word]).ThenBy(close => close.Word, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Word is not null) candidates.Add(new MisspellingCandidate(rare, best.Word, articles, vocabulary[best.Word], best.Edits));
        }
        return candidates.OrderBy(c => c.Rare, StringComparer.Ordinal).ToList();
    }

    /// <summary>The word and every string made from it by deleting up to <paramref name="max"/> letters.</summary>
    private static HashSet<string> Deletions(string word, int max)
    {
        var all = new HashSet<string>(StringComparer.Ordinal) { word };
        var current = new List<string> { word };
        for (var round = 0; round < max; round++)
        {
            current = current.SelectMany(w => Enumerable.Range(0, w.Length).Select(i => w.Remove(i, 1))).Where(all.Add).ToList();
        }
        return all;
    }
}
