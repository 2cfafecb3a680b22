using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// Document frequencies summed over the segments, with one terms enumerator per segment and field
/// for every word asked. Asking the reader word by word opens a fresh enumerator per segment each
/// time; over memory-mapped files each of those registers a clone of the segment's file in a weak
/// table that every garbage collection then walks (see <see cref="TellingWords"/>).
/// </summary>
internal sealed class SegmentDocFreqs(IndexReader reader, IReadOnlyList<string> fields)
{
    private readonly TermsEnum?[][] enums = fields
        .Select(field => reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(field)?.GetEnumerator()).ToArray())
        .ToArray();

    /// <summary>In how many articles <paramref name="word"/> is in the field numbered <paramref name="field"/> (deleted ones until they are merged away).</summary>
    public int Of(int field, BytesRef word)
    {
        var docFreq = 0;
        foreach (var segment in enums[field])
            if (segment is not null && segment.SeekExact(word)) docFreq += segment.DocFreq;
        return docFreq;
    }

    /// <summary>The field where <paramref name="word"/> is in most articles, and in how many.</summary>
    public (string Field, int DocFreq) MostCommon(string word)
    {
        var bytes = new BytesRef(word);
        var best = (Field: fields[0], DocFreq: 0);
        for (var f = 0; f < fields.Count; f++)
            if (Of(f, bytes) is var docFreq && docFreq > best.DocFreq) best = (fields[f], docFreq);
        return best;
    }
}
