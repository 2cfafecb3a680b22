using Lucene.Net.Search;
using NewsArchive.Core.Search.Spelling;

namespace NewsArchive.LuceneEngine.Search.Spelling;

/// <summary>
/// Chooses the correction of a word that looks misspelt, among the words of the index close to
/// it (<see cref="Candidates"/>), by how many articles write them and how likely the slip is.
/// </summary>
internal sealed class SpellingCorrector(NameEvidence names, ContextEvidence contexts)
{
    /// <summary>Words this long may be corrected by two edits; in shorter ones two edits reach too many other words.</summary>
    public const int TwoEditsFrom = 6;

    /// <summary>
    /// How many times more articles a close spelling needs before a word the archive has is taken
    /// for a slip of it. Real archives contain typos, so having a word proves little; but a word
    /// one letter from a word fifty times commoner is far more often that word mistyped
    /// (Kavanagh in 13 AllSides articles, Kavanaugh in 838) than meant.
    /// </summary>
    public const int MoreCommonBy = 50;

    /// <summary>
    /// A word written in at most this many articles may be a slip of any far commoner word of its
    /// kind. Past it, the word is one of the archive's own (poles and polls, oven and over, Osama
    /// and Obama) unless the words about its uses show it standing where the archive writes the
    /// other, or it is a name that keeps the commoner name's company: the same person spelt wrong.
    /// Counts alone are no proof: one in 3,000 of the words in 20 or more AllSides articles has a
    /// word of its kind a thousand times commoner one letter away (frog, from).
    /// </summary>
    public const int RareDocFreq = 3;

    /// <summary>
    /// For a word in at most <see cref="RareDocFreq"/> articles, twenty times commoner is enough
    /// (Cordrary once, Richard Cordray in 40 AllSides articles): a word that rare one letter from
    /// a word of its kind is mostly a slip however few articles the other has.
    /// </summary>
    public const int RareMoreCommonBy = 20;

    /// <summary>
    /// How much likelier a finger slips to a neighbouring key, or drops, adds or swaps a letter,
    /// than hits a far key: Ricw is Rice (w, e neighbours) before Rich, evey every before even.
    /// </summary>
    public const double FarKeyShare = 0.1;

    /// <summary>How much likelier a slip of a searched word means another of four letters or more than one of three.</summary>
    public const double ShortWordShare = 0.1;

    /// <summary>A four-letter slip may mean a three-letter word (nmot, not); shorter ones are too many to choose from.</summary>
    public const int MinCorrectionLength = 3;

    /// <summary>
    /// A word in at most this many articles may be shown a slip by the words about its uses
    /// (<see cref="ContextEvidence"/>); a word in more is the archive's own.
    /// </summary>
    public const int MaxContextDocFreq = 20;

    /// <summary>Uses of a typed word, where case tells, before it is taken for a name or a common word.</summary>
    public const int MinUsesToTell = 2;

    /// <summary>Articles read to see a typed word's company: enough for a few uses among namesakes.</summary>
    public const int MaxTypedArticles = 20;

    /// <summary>
    /// The correction of <paramref name="word"/>, which <paramref name="docFreq"/> articles write
    /// and the search finds in <paramref name="found"/> (through its forms when it looks words up
    /// by form, so that a word whose forms are common, like senat or Mcconnel, is never corrected
    /// away from them).
    /// </summary>
    public CloseTerm? Correct(IndexSearcher searcher, string word, int docFreq, int found) =>
        found == 0 ? ForMissing(searcher, word) : ForFound(searcher, word, docFreq, found);

    /// <summary>
    /// A word the archive does not have: the nearest word it has (fewest edits), then the most
    /// used, a letter changed to a far key counting as <see cref="FarKeyShare"/> of its articles;
    /// but a word one edit further that is far commoner wins, since the nearer word is then mostly
    /// the same slip made before (Zuckerburgg: Zuckerberg in 266 articles, not Zuckerburg in 1).
    /// </summary>
    private static CloseTerm? ForMissing(IndexSearcher searcher, string word)
    {
        CloseTerm? best = null;
        for (var edits = 1; edits <= MaxEdits(word); edits++)
        {
            var nearest = Candidates(searcher, word, edits)
                .Where(c => c.Distance == edits)
                .OrderByDescending(c => Likelihood(word, c))
                .ThenBy(c => c.Text, StringComparer.Ordinal)
                .FirstOrDefault();
            if (nearest is not null && (best is null || nearest.DocFreq >= (long)best.DocFreq * MoreCommonBy)) best = nearest;
        }
        return best;
    }

    /// <summary>
    /// A word the archive has, where far more articles write a word of the same kind a slip of the
    /// finger away: a letter added, dropped or two swapped (commmission, Shumer, Obmaa), or in a
    /// name a letter changed (Zuckerburg). A word of several articles is looked at one edit away
    /// only, since every word searched is looked at this way and two edits cost tens of
    /// milliseconds for a long word; a rare one (Papdoupoulos) as far as a missing word.
    /// </summary>
    private CloseTerm? ForFound(IndexSearcher searcher, string word, int docFreq, int found)
    {
        // Rare as written: its forms may be the same slip (statment, statments).
        var rare = docFreq <= RareDocFreq;
        for (var edits = 1; edits <= (rare ? MaxEdits(word) : 1); edits++)
        {
            var best = Candidates(searcher, word, edits)
                .Where(c => c.Distance == edits && c.DocFreq >= (long)found * (rare ? RareMoreCommonBy : MoreCommonBy))
                .OrderByDescending(c => Likelihood(word, c))
                .ThenBy(c => c.Text, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is not null) return IsSlipOf(searcher, word, docFreq, best) ? best : null;
        }
        return null;
    }

    /// <summary>
    /// Whether the word reads as a slip of the commoner one. A name is no slip of a word never
    /// capitalised (Earl, early), nor a lowercase word of a name (jams, James); a word written
    /// both ways may be either (Adminsitration, Administration). A rare word is then taken for a
    /// slip; a word of up to <see cref="MaxContextDocFreq"/> articles when the words about its uses
    /// stand by the other elsewhere (<see cref="ContextEvidence"/>), or when both are names keeping
    /// the same company, as two spellings of one person do (Brett Kavanagh, Brett Kavanaugh) and
    /// two people do not (Osama bin Laden, Barack Obama).
    /// </summary>
    private bool IsSlipOf(IndexSearcher searcher, string word, int docFreq, CloseTerm commoner)
    {
        // The typed word's every use is read (up to a bound): a name mistyped now and then shares
        // its articles with namesakes (Sarah Kavanagh), and a few of them may not show the person.
        var typed = names.Examine(searcher, word, sample: Math.Clamp(docFreq, 1, MaxTypedArticles));
        var usual = names.Examine(searcher, commoner.Text);
        // One use tells little of what a word is (Immigation in one headline, eldctric once).
        var told = typed.Capitalised + typed.Lowercase >= MinUsesToTell;
        if (told && typed.Name is not null && usual.Capitalised == 0 && !usual.Unseen) return false;
        if (told && typed.Name is null && usual.Name is not null) return false;
        // A letter changed to one whose key is not next to it as often makes another real word
        // (curtain, certain) as a slip, so only the words about its uses can tell; names are
        // spelt by ear, and a changed vowel is their commonest slip (Zuckerburg).
        if (typed.Name is null && !typed.Unseen && IsFarChangedLetter(word, commoner.Text))
            return docFreq <= MaxContextDocFreq && contexts.ReadsAs(searcher, word, commoner.Text);
        return docFreq <= RareDocFreq
            || (typed.Name is { } name && usual.Name is { } other
                && NameEvidence.SameCompany(searcher.IndexReader, name, other, 2 * commoner.DocFreq))
            || (docFreq <= MaxContextDocFreq && contexts.ReadsAs(searcher, word, commoner.Text));
    }

    /// <summary>
    /// How likely the typed word is a slip of the candidate: its articles, a tenth for a far key,
    /// and a tenth for a word shorter than any searched word, which a longer slip seldom means
    /// (Calr is Carl before car), though it may (nmot, not).
    /// </summary>
    private static double Likelihood(string word, CloseTerm candidate) =>
        candidate.DocFreq
        * (IsFarChangedLetter(word, candidate.Text) ? FarKeyShare : 1)
        * (candidate.Text.Length < SpellingAdvisor.MinWordLength ? ShortWordShare : 1);

    /// <summary>Whether the words differ in one letter only, and its keys are not neighbours.</summary>
    private static bool IsFarChangedLetter(string a, string b)
    {
        if (a.Length != b.Length) return false;
        var changed = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return changed is [var at] && !KeyboardNeighbours.AreNeighbours(a[at], b[at]);
    }

    private static int MaxEdits(string word) => word.Length >= TwoEditsFrom ? 2 : 1;

    /// <summary>
    /// The close words that may be meant: with the same first letter (a first letter is seldom
    /// mistyped, and keeping it keeps suggestions on topic) unless it is the first letter that was
    /// dropped (nvestigations); of at least <see cref="MinCorrectionLength"/> letters; not merely
    /// another form of the word.
    /// </summary>
    private static IEnumerable<CloseTerm> Candidates(IndexSearcher searcher, string word, int edits) =>
        CloseTerms.Find(searcher, word, edits).Where(c =>
            (c.Text[0] == word[0] || c.Text.AsSpan(1).SequenceEqual(word))
            && c.Text.Length >= MinCorrectionLength
            && c.Text.All(char.IsLetter)
            && !WordForms.AreForms(word, c.Text));
}
