using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search.Highlighting;

namespace NewsArchive.LuceneEngine.Search.Suggestions;

/// <summary>
/// Suggestions while a query is typed: the archive's most frequent words that complete the
/// last word, then the titles of the articles the query so far finds (its last word taken as a
/// prefix). Everything comes from the index as it is; nothing is built or kept beside it.
/// </summary>
internal static class QuerySuggester
{
    /// <summary>A word is completed from two letters on: one letter begins too many words to rank by scanning.</summary>
    private const int MinPrefix = 2;

    /// <summary>
    /// The most terms read for one prefix, in alphabetical order, to find its frequent ones:
    /// a bound on the time a short prefix takes in a large archive (a common prefix such as
    /// "co" may have tens of thousands of words, of which the first are read).
    /// </summary>
    private const int MaxTermsScanned = 20_000;

    public static IReadOnlyList<string> Suggest(IndexSearcher searcher, Analyzer analyzer, string text, int max)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > QueryText.MaxLength || char.IsWhiteSpace(text[^1])) return [];
        var lastSpace = text.LastIndexOfAny([' ', '\t']);
        var head = text[..(lastSpace + 1)];
        // The word as the index holds it (lowercased, accents folded), if the analyzer keeps any of it.
        var partial = AnalysedToken.Of(analyzer, ArchiveSchema.Body, text[(lastSpace + 1)..]).LastOrDefault().Term;

        var suggestions = new List<string>(max);
        if (partial is { Length: >= MinPrefix })
            suggestions.AddRange(FrequentCompletions(searcher.IndexReader, partial, (max + 1) / 2).Select(word => head + word));
        foreach (var title in TitlesFound(searcher, analyzer, text, max))
        {
            if (suggestions.Count >= max) break;
            if (!suggestions.Contains(title, StringComparer.OrdinalIgnoreCase)) suggestions.Add(title);
        }
        return suggestions;
    }

    private static IEnumerable<string> FrequentCompletions(IndexReader reader, string prefix, int count)
    {
        var terms = MultiFields.GetTerms(reader, ArchiveSchema.Body);
        if (terms is null) return [];
        var enumerator = terms.GetEnumerator();
        var start = new BytesRef(prefix);
        if (enumerator.SeekCeil(start) == TermsEnum.SeekStatus.END) return [];
        var best = new PriorityQueue<string, int>();
        var scanned = 0;
        do
        {
            if (!StringHelper.StartsWith(enumerator.Term, start) || ++scanned > MaxTermsScanned) break;
            best.Enqueue(enumerator.Term.Utf8ToString(), enumerator.DocFreq);
            if (best.Count > count) best.Dequeue();
        } while (enumerator.MoveNext());

        var words = new List<(string Word, int Articles)>();
        while (best.TryDequeue(out var word, out var articles)) words.Add((word, articles));
        return words.OrderByDescending(w => w.Articles).ThenBy(w => w.Word, StringComparer.Ordinal).Select(w => w.Word);
    }

    private static IEnumerable<string> TitlesFound(IndexSearcher searcher, Analyzer analyzer, string text, int count)
    {
        // The last word is still being typed: it is matched as a prefix.
        var parsed = UserQueryParser.Parse(text.TrimEnd('*') + "*", analyzer);
        var top = searcher.Search(parsed.Query, count);
        var fields = new HashSet<string> { ArchiveSchema.Title };
        return top.ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc, fields).Get(ArchiveSchema.Title))
            .Where(title => !string.IsNullOrWhiteSpace(title))
            .Select(title => title!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
