using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>
/// Looks terms up in every segment of a reader, keeping its term and document enumerators from
/// one lookup to the next. A term query makes new ones for every search, which for the short
/// postings the grouping reads costs more than reading them. Not thread-safe: one per thread.
/// </summary>
internal sealed class PostingsLookup(IndexReader reader)
{
    private readonly IList<AtomicReaderContext> segments = reader.Leaves;
    private readonly Dictionary<string, TermsEnum?[]> termsByField = new(StringComparer.Ordinal);
    private readonly DocsEnum?[] reused = new DocsEnum?[reader.Leaves.Count];

    /// <summary>How many articles (deleted ones included, as Lucene counts) have the term.</summary>
    public int DocFreq(string field, string term)
    {
        var bytes = new BytesRef(term);
        var count = 0;
        foreach (var terms in TermsOf(field))
            if (terms is not null && terms.SeekExact(bytes)) count += terms.DocFreq;
        return count;
    }

    /// <summary>Calls <paramref name="visit"/> with the (reader-wide) number of each live article that has the term, up to <paramref name="limit"/> of them.</summary>
    public void ForEachDoc(string field, string term, int limit, Action<int> visit)
    {
        var bytes = new BytesRef(term);
        var all = TermsOf(field);
        var visited = 0;
        for (var s = 0; s < all.Length; s++)
        {
            if (all[s] is not { } terms || !terms.SeekExact(bytes)) continue;
            var segment = segments[s];
            var docs = terms.Docs(segment.AtomicReader.LiveDocs, reused[s], DocsFlags.NONE);
            reused[s] = docs;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (visited++ == limit) return;
                visit(segment.DocBase + doc);
            }
        }
    }

    private TermsEnum?[] TermsOf(string field)
    {
        if (!termsByField.TryGetValue(field, out var all))
        {
            all = segments.Select(segment => segment.AtomicReader.GetTerms(field)?.GetEnumerator()).ToArray();
            termsByField[field] = all;
        }
        return all;
    }
}
