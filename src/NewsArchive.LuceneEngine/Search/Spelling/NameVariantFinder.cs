using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Spelling;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search.Counting;

namespace NewsArchive.LuceneEngine.Search.Spelling;

/// <summary>
/// Finds other spellings of a name that the archive uses: outlets transliterate names
/// differently (Tileuberdi, Tleuberdi), and a search for one spelling misses the other. A
/// variant is a word of the index one edit away (or two, for a long name) that is not merely
/// another form of the word (stemming finds those), that reads as a name like the query word
/// does, and that
/// - keeps the same company: some capitalised word next to both (Mukhtar Tileuberdi, Mukhtar
///   Tleuberdi), where two different names a letter apart (Miyazawa, Miyazaki) keep different company;
/// - is mostly used in other articles than the query word: two spellings of one name seldom
///   share an article, while two names a letter apart (Reagan, Regan) often do.
/// </summary>
internal sealed class NameVariantFinder(NameEvidence names)
{
    /// <summary>Shorter words have too many neighbours one edit away that are other words.</summary>
    public const int MinLength = 5;

    /// <summary>Long names may differ by two edits (Lukashenko, Loukachenko); shorter ones by one.</summary>
    public const int TwoEditsFrom = 8;

    public const int MaxVariants = 3;

    /// <summary>Reading stored articles is the costly part, so only the most used few neighbours are read.</summary>
    public const int MaxNameChecks = 6;

    public WordVariants? Find(IndexSearcher searcher, SearchRequest request, QueryWord word, string term, int docFreq, IReadOnlySet<string> inQuery)
    {
        if (docFreq == 0 || term.Length < MinLength) return null;
        WrittenName? name = null;
        var found = new List<(string Term, SpellingVariant Variant)>();
        // One edit first. Two edits is the dearest search (a few milliseconds for a long word), so
        // it is made only for a word that reads as a name and has no other spelling one edit away.
        var maxEdits = term.Length >= TwoEditsFrom ? 2 : 1;
        for (var edits = 1; edits <= maxEdits && found.Count == 0; edits++)
        {
            if (edits == 2)
            {
                name ??= names.Read(searcher, term);
                if (name is null) return null;
            }
            var near = CloseTerms.Find(searcher, term, edits)
                .Where(c => c.Distance == edits && c.Text.Length >= MinLength && c.Text.All(char.IsLetter) && !WordForms.AreForms(term, c.Text))
                .ToList();
            var candidates = near
                .Where(c => !inQuery.Contains(c.Text))
                .OrderByDescending(c => c.DocFreq)
                .ThenBy(c => c.Text, StringComparer.Ordinal)
                .Take(MaxNameChecks)
                .ToList();
            if (candidates.Count > 0)
            {
                name ??= names.Read(searcher, term);
                if (name is null) return null;
                found.AddRange(Accepted(searcher, request, term, name, candidates));
            }
            // A spelling this close is already searched for: the reader has chosen, look no further.
            if (candidates.Count < near.Count) break;
        }
        if (found.Count == 0) return null;
        var query = QueryRewriter.Include(request.Query!, word, found.Select(f => QueryRewriter.MatchCase(word.Text, f.Term)));
        return new WordVariants(word.Text, found.Select(f => f.Variant).ToList(), query);
    }

    /// <summary>The candidates that pass the checks, checked cheapest first: counting is cheap and reading stored articles is not.</summary>
    private List<(string Term, SpellingVariant Variant)> Accepted(
        IndexSearcher searcher, SearchRequest request, string term, WrittenName name, List<CloseTerm> candidates)
    {
        var accepted = new List<(string, SpellingVariant)>();
        var wordCount = Count(searcher, request, term);
        foreach (var candidate in candidates)
        {
            var count = Count(searcher, request, candidate.Text);
            if (count == 0 || 2 * Count(searcher, request, term, candidate.Text) > Math.Min(count, wordCount)) continue;
            if (names.Read(searcher, candidate.Text) is not { } variant || !NameEvidence.SameCompany(searcher.IndexReader, name, variant)) continue;
            accepted.Add((candidate.Text, new SpellingVariant(variant.Written, count)));
            if (accepted.Count == MaxVariants) break;
        }
        return accepted;
    }

    /// <summary>Articles within the search's filters that use every one of the words, as written.</summary>
    private static int Count(IndexSearcher searcher, SearchRequest request, params string[] words)
    {
        var all = new BooleanQuery();
        foreach (var word in words)
        {
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(ArchiveSchema.Title, word)), Occur.SHOULD },
                { new TermQuery(new Term(ArchiveSchema.Body, word)), Occur.SHOULD },
            };
            all.Add(either, Occur.MUST);
        }
        var counter = new TotalHitCountCollector();
        searcher.Search(SearchFilters.Apply(searcher, all, request), counter);
        return counter.TotalHits;
    }
}
