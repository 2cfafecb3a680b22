using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>Where the articles that share a band of an article's near-copy signature are looked up.</summary>
internal interface INearCopyBands
{
    /// <summary>Calls <paramref name="visit"/> with each live article (by reader-wide number, in that order) whose band <paramref name="band"/> hashes to <paramref name="hash"/>, up to <paramref name="limit"/> of them.</summary>
    void ForEachDoc(int band, ulong hash, int limit, Action<int> visit);
}

/// <summary>
/// The bands as indexed: a lookup of the band's key in every segment. Cheap for the few articles
/// of an update; for a whole archive the seeks (bands × segments per article) cost more than
/// reading every signature once into a <see cref="NearCopyTable"/>. Not thread-safe: one per thread.
/// </summary>
internal sealed class IndexedNearCopyBands(PostingsLookup postings) : INearCopyBands
{
    public void ForEachDoc(int band, ulong hash, int limit, Action<int> visit) =>
        postings.ForEachDoc(ArchiveSchema.NearCopyBands, NearCopySignature.BandKey(band, hash), limit, visit);
}
