using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Spelling;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search.Highlighting;

namespace NewsArchive.LuceneEngine.Search.Spelling;

/// <summary>
/// Looks at the first few words of a query against the archive's own vocabulary: a word that
/// looks misspelt gets a correction ("Did you mean"), a name the archive also spells other ways
/// gets those spellings to include. Both come from the terms dictionary of the exact fields, with
/// bounded enumerations: on Reuters a word costs about a millisecond, a long name without a
/// spelling one edit away a few. Thread-safe.
/// </summary>
public sealed class SpellingAdvisor
{
    /// <summary>Only the first few words are looked at, so a long query costs no more than a short one.</summary>
    public const int MaxWords = 4;

    /// <summary>Shorter words are too close to too many others to correct.</summary>
    public const int MinWordLength = 4;

    private readonly Analyzer analyzer;
    private readonly SpellingCorrector corrector;
    private readonly NameVariantFinder variantFinder;

    public SpellingAdvisor(Analyzer analyzer)
    {
        this.analyzer = analyzer;
        var names = new NameEvidence(analyzer);
        corrector = new SpellingCorrector(names, new ContextEvidence(names));
        variantFinder = new NameVariantFinder(names);
    }

    public SpellingAdvice Advise(IndexSearcher searcher, SearchRequest request)
    {
        if (!request.HasQuery) return SpellingAdvice.None;
        var text = request.Query!;
        var inQuery = Terms(text).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var corrections = new List<(QueryWord Word, string Replacement)>();
        var variants = new List<WordVariants>();
        foreach (var word in QueryWords.Find(text).Where(w => w.Text.Length >= MinWordLength).Take(MaxWords))
        {
            if (Terms(word.Text) is not [var term] || !seen.Add(term)) continue;
            var docFreq = CloseTerms.DocFreq(searcher.IndexReader, term);
            var finds = request.ExactWords ? docFreq : FoundByForms(searcher, term, docFreq);
            if (corrector.Correct(searcher, term, docFreq, finds) is { } correction)
                corrections.Add((word, QueryRewriter.MatchCase(word.Text, correction.Text)));
            else if (variantFinder.Find(searcher, request, word, term, docFreq, inQuery) is { } found)
                variants.Add(found);
        }
        var suggestion = corrections.Count == 0 ? null : QueryRewriter.Replace(text, corrections);
        return new SpellingAdvice(suggestion, variants);
    }

    /// <summary>
    /// Articles that write the word, or a form of it a letter away, which the search finds through
    /// its forms (senat: senate; Mcconnel: McConnell): the word is then as good as spelt right.
    /// Forms further off are other words that share a stem (casualities finds casual), and the
    /// reader still meant another.
    /// </summary>
    private static int FoundByForms(IndexSearcher searcher, string term, int docFreq) =>
        CloseTerms.Find(searcher, term, 1).Where(c => WordForms.AreForms(term, c.Text)).Select(c => c.DocFreq).Append(docFreq).Max();

    /// <summary>The words of the text as the exact fields index them (lowercased, accents folded).</summary>
    private List<string> Terms(string text) => AnalysedToken.Of(analyzer, ArchiveSchema.Body, text).Select(token => token.Term).ToList();
}
