using Lucene.Net.Index;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Spelling;

/// <summary>
/// The words of an index's exact title and body fields (lowercased, accents folded), plain
/// letters a–z only, with the articles each is in: the larger of its title and body document
/// frequencies, as the app's spelling advice counts them (CloseTerms.DocFreq).
/// </summary>
internal static class ArchiveVocabulary
{
    public static Dictionary<string, int> Read(string indexPath)
    {
        using var index = ArchiveIndex.Open(indexPath);
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var docFreqs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in new[] { ArchiveSchema.Title, ArchiveSchema.Body })
        {
            if (MultiFields.GetTerms(reader, field) is not { } terms) continue;
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var text = termsEnum.Term.Utf8ToString();
                if (text.All(c => c is >= 'a' and <= 'z'))
                    docFreqs[text] = Math.Max(docFreqs.GetValueOrDefault(text), termsEnum.DocFreq);
            }
        }
        return docFreqs;
    }
}
