using Lucene.Net.Index;

namespace NewsArchive.Core.Search;

/// <summary>A file of the index does not match its checksum: bytes changed on disk after they were written.</summary>
public sealed class IndexDamagedException(string segment, Exception inner)
    : IOException($"Segment {segment} of the index is damaged: {inner.Message}", inner);

/// <summary>
/// Checks the checksum of every file of each segment a searcher is opened on, before it serves a
/// search. Lucene verifies checksums only when it merges, so without this a damaged stored-fields
/// file reads as garbage or ends a result list early while the archive says it is fine. Reading
/// every byte of a segment is the cost, so each is checked once: a refresh checks only the segments
/// (or the updated doc values of one) that the previous searcher did not have. Belongs to one
/// <see cref="ArchiveIndex"/>, and is called by its searcher factory, one searcher at a time.
/// </summary>
internal sealed class SegmentVerifier
{
    private HashSet<string> verified = new(StringComparer.Ordinal);

    /// <summary>Throws <see cref="IndexDamagedException"/> for the first segment that fails.</summary>
    public void Verify(IndexReader reader)
    {
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var key = Key(segment);
            if (!verified.Contains(key))
            {
                try
                {
                    segment.CheckIntegrity();
                }
                catch (IOException ex)
                {
                    throw new IndexDamagedException(key, ex);
                }
            }
            current.Add(key);
        }
        // Only the segments of the newest searcher: merged-away ones never come back.
        verified = current;
    }

    /// <summary>
    /// A segment's files never change once written, but a commit may add updated doc values (the
    /// stories) to it in files of a new generation, which must be checked as well. The leaves of a
    /// directory reader are always segment readers.
    /// </summary>
    private static string Key(AtomicReader segment)
    {
        var info = ((SegmentReader)segment).SegmentInfo;
        return $"{info.Info.Name} (field updates {info.FieldInfosGen})";
    }
}
