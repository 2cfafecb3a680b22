using Lucene.Net.Search;

namespace NewsArchive.Core.Search.Spelling;

/// <summary>
/// Chooses the correction of a word that looks misspelt. Candidates are the words of the index
/// close to it that begin with the same letter (a first letter is seldom mistyped, and keeping
/// it keeps suggestions on topic) and are not merely other forms of it.
/// </summary>
internal sealed class SpellingCorrector(NameEvidence names)
{
    /// <summary>Words this long may be corrected by two edits; in shorter ones two edits reach too many other words.</summary>
    public const int TwoEditsFrom = 6;

    /// <summary>A word in more articles than this is a word of the archive, not a typo, however close a commoner word is.</summary>
    public const int RareDocFreq = 3;

    /// <summary>How many times more articles the close spelling needs before a rare word is taken for a typo of it.</summary>
    public const int MoreCommonBy = 100;

    /// <summary>Shorter rare words are too often real words a letter from common ones (jams, james).</summary>
    public const int MinRareLength = 5;

    public CloseTerm? Correct(IndexSearcher searcher, string word, int docFreq) =>
        docFreq == 0 ? ForMissing(searcher, word) : ForRare(searcher, word, docFreq);

    /// <summary>A word the archive does not have: the nearest word it has (fewest edits), then the most used.</summary>
    private static CloseTerm? ForMissing(IndexSearcher searcher, string word)
    {
        var maxEdits = word.Length >= TwoEditsFrom ? 2 : 1;
        // One edit first: it is the cheaper search, and its best word beats any two edits away.
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            var best = Candidates(searcher, word, edits)
                .OrderBy(c => c.Distance)
                .ThenByDescending(c => c.DocFreq)
                .ThenBy(c => c.Text, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is not null) return best;
        }
        return null;
    }

    /// <summary>
    /// A word the archive has in an article or three, where nearly every article writes it one
    /// slip of the finger away: a letter added, dropped or two swapped ("commmission", "cheif").
    /// A changed letter is left alone, as it as often makes another real word (curtain, certain),
    /// and so is a word written as a name (Earl is not a typo of early).
    /// </summary>
    private CloseTerm? ForRare(IndexSearcher searcher, string word, int docFreq)
    {
        if (docFreq > RareDocFreq || word.Length < MinRareLength) return null;
        var best = Candidates(searcher, word, 1)
            .Where(c => c.DocFreq >= docFreq * MoreCommonBy && !IsOneChangedLetter(word, c.Text))
            .OrderByDescending(c => c.DocFreq)
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .FirstOrDefault();
        return best is null || names.Read(searcher, word) is not null ? null : best;
    }

    private static IEnumerable<CloseTerm> Candidates(IndexSearcher searcher, string word, int edits) =>
        CloseTerms.Find(searcher.IndexReader, word, edits).Where(c =>
            c.Text[0] == word[0]
            && c.Text.Length >= SpellingAdvisor.MinWordLength
            && c.Text.All(char.IsLetter)
            && !WordForms.AreForms(word, c.Text));

    private static bool IsOneChangedLetter(string a, string b) =>
        a.Length == b.Length && a.Where((c, i) => c != b[i]).Count() == 1;
}
