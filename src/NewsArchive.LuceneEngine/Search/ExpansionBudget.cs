using System.Globalization;
using Lucene.Net.Search;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// The terms of the archive one query may expand to, all its words with *, ? or ~ together and
/// in every field they search. Lucene bounds each such word on its own (a fuzzy word to its 50
/// closest terms per field; a prefix or wildcard not at all once it matches over 350 terms), so
/// a query's cost grew with each word it had. Here each fuzzy word keeps Lucene's 50 and the rest
/// of the budget is shared equally among the prefixes, wildcards and ranges, each of which keeps
/// its most frequent terms when it matches more (<see cref="MostFrequentTermsRewrite"/>).
/// One budget belongs to one parsed query and says whether it cut anything.
/// </summary>
public sealed class ExpansionBudget
{
    /// <summary>
    /// On the AllSides archive (37k articles) an ordinary word expands to far fewer terms over title
    /// and body: immig* to 29, presid* 50, obama~ 59, trum* 203, pol* 413, a three-letter con* to
    /// 1,675. Only two-letter prefixes come near it (co* matches 4,864), and so does a query of
    /// several short prefixes; the largest query the parser allows (ten fuzzy words, each in both
    /// fields) takes 1,000 of it.
    /// </summary>
    public const int MaxTerms = 4096;

    private bool cut;

    private ExpansionBudget(int termsPerWord) => TermsPerWord = termsPerWord;

    /// <summary>The terms each prefix, wildcard or range of the query keeps in each field it searches.</summary>
    public int TermsPerWord { get; }

    /// <summary>Whether some word of the query matched more terms than it was allowed and was searched for its most frequent ones only.</summary>
    public bool WasCut => Volatile.Read(ref cut);

    /// <summary>Says what was cut, for the reader; null when nothing was.</summary>
    public string? Notice => WasCut
        ? string.Create(CultureInfo.InvariantCulture, $"A word with * or ?, or a range, in this search matches more words than a search looks up: it was searched for its {TermsPerWord:N0} most frequent matches only, so articles with rarer ones may be missing. Use more letters before the * to find them all.")
        : null;

    /// <summary>A budget for a query without words that expand; it never cuts.</summary>
    public static ExpansionBudget None { get; } = new(MaxTerms);

    /// <summary>Shares <see cref="MaxTerms"/> among the expanding words of <paramref name="query"/> and has each one keep to its share when it is rewritten.</summary>
    public static ExpansionBudget Apply(Query query)
    {
        var words = new List<MultiTermQuery>();
        Collect(query, words);
        if (words.Count == 0) return None;

        // A word searched twice (as typed and in its word forms) expands to the same terms: count it once.
        var distinct = words.Distinct().ToList();
        var fuzzy = distinct.Count(w => w is FuzzyQuery);
        var others = distinct.Count - fuzzy;
        var budget = new ExpansionBudget(others == 0 ? MaxTerms : Math.Max(1, (MaxTerms - fuzzy * FuzzyQuery.DefaultMaxExpansions) / others));
        foreach (var word in words.Where(w => w is not FuzzyQuery))
            word.MultiTermRewriteMethod = new MostFrequentTermsRewrite(budget.TermsPerWord, budget);
        return budget;
    }

    internal void ReportCut() => Volatile.Write(ref cut, true);

    private static void Collect(Query query, List<MultiTermQuery> words)
    {
        switch (query)
        {
            case MultiTermQuery word:
                words.Add(word);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) Collect(clause.Query, words);
                break;
        }
    }
}
