using Lucene.Net.Index;
using NewsArchive.LuceneEngine.Stories.Features;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>
/// The near-copy bands of the live articles of an archive, in memory: for each band, the hashes
/// shared by two articles or more, sorted, with their articles. Made once for a grouping pass over
/// much of an archive (reading every signature costs less than looking up each new article's bands
/// in every segment), 12 bytes a band per article that has a copy. Read-only once made, so shared
/// by every thread.
/// </summary>
internal sealed class NearCopyTable : INearCopyBands
{
    private readonly ulong[][] hashes = new ulong[NearCopySignature.Bands][];
    private readonly int[][] docs = new int[NearCopySignature.Bands][];

    /// <param name="articles">The live articles (reader-wide numbers) with a signature.</param>
    /// <param name="bandHashes">Their signatures' band hashes, <see cref="NearCopySignature.Bands"/> an article, in the same order.</param>
    private NearCopyTable(IReadOnlyList<int> articles, ulong[] bandHashes)
    {
        var keys = new UInt128[articles.Count];
        for (var band = 0; band < NearCopySignature.Bands; band++)
        {
            // Hash and document as one key: each hash's articles then come in document order, as the postings have them.
            for (var i = 0; i < keys.Length; i++) keys[i] = ((UInt128)bandHashes[i * NearCopySignature.Bands + band] << 32) | (uint)articles[i];
            Array.Sort(keys);
            (hashes[band], docs[band]) = Shared(keys);
        }
    }

    /// <summary>The table of every live article of <paramref name="features"/>' reader that has a signature.</summary>
    public static NearCopyTable Read(StoryFeatureReader features)
    {
        var reader = features.Reader;
        var live = MultiFields.GetLiveDocs(reader);
        var articles = new List<int>(reader.NumDocs);
        var bandHashes = new List<ulong>(reader.NumDocs * NearCopySignature.Bands);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc) || features.SignatureOf(doc) is not { } signature) continue;
            articles.Add(doc);
            for (var band = 0; band < NearCopySignature.Bands; band++) bandHashes.Add(signature.BandHash(band));
        }
        return new NearCopyTable(articles, bandHashes.ToArray());
    }

    public void ForEachDoc(int band, ulong hash, int limit, Action<int> visit)
    {
        var bandHashes = hashes[band];
        var start = LowerBound(bandHashes, hash);
        for (var i = start; i < bandHashes.Length && bandHashes[i] == hash && i - start < limit; i++) visit(docs[band][i]);
    }

    /// <summary>The entries whose hash another entry has too: a hash of one article finds no copy, and most articles have none.</summary>
    private static (ulong[] Hashes, int[] Docs) Shared(UInt128[] keys)
    {
        var hashes = new List<ulong>();
        var docs = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            var hash = (ulong)(keys[i] >> 32);
            var shared = (i > 0 && (ulong)(keys[i - 1] >> 32) == hash) || (i + 1 < keys.Length && (ulong)(keys[i + 1] >> 32) == hash);
            if (!shared) continue;
            hashes.Add(hash);
            docs.Add((int)(uint)keys[i]);
        }
        return (hashes.ToArray(), docs.ToArray());
    }

    private static int LowerBound(ulong[] sorted, ulong value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
