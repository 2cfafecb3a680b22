using System.Buffers.Binary;
using System.IO.Hashing;
using Lucene.Net.Index;

namespace NewsArchive.Core.Search;

/// <summary>A file of the index does not match its checksum: bytes changed on disk after they were written.</summary>
public sealed class IndexDamagedException(string segment, Exception inner)
    : IOException($"Segment {segment} of the index is damaged: {inner.Message}", inner);

/// <summary>
/// Checks the checksum of every file of each segment a searcher is opened on, before it serves a
/// search. Lucene verifies checksums only when it merges, so without this a damaged stored-fields
/// file reads as garbage or ends a result list early while the archive says it is fine. Reading
/// every byte is the cost, so each file is checked once (Lucene never changes a file once written:
/// deletions and updated doc values go to files of a new name): a refresh checks only the files
/// the previous searcher did not have. Belongs to one <see cref="ArchiveIndex"/>, and is called by
/// its searcher factory, one searcher at a time.
/// </summary>
internal sealed class SegmentVerifier(string indexPath)
{
    // Lucene's footer: CodecUtil.FOOTER_MAGIC, the checksum algorithm (0, CRC-32), and the CRC-32
    // of every byte before the checksum itself.
    private const int FooterLength = 16;
    private const uint FooterMagic = 0xC02893E8;

    private HashSet<string> verified = new(StringComparer.Ordinal);

    /// <summary>Throws <see cref="IndexDamagedException"/> for the first segment that fails.</summary>
    public void Verify(IndexReader reader)
    {
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            // The leaves of a directory reader are always segment readers.
            var segment = (SegmentReader)leaf.AtomicReader;
            var files = segment.SegmentInfo.GetFiles();
            try
            {
                Verify(segment, files.Where(file => !verified.Contains(file)));
                current.UnionWith(files);
            }
            catch (FileNotFoundException)
            {
                // Gone already: a newer commit has merged the segment away, and the next refresh
                // opens that one. (The reader itself still holds the files open.)
            }
            catch (IOException ex)
            {
                throw new IndexDamagedException(segment.SegmentName, ex);
            }
        }
        // Only the files of the newest searcher: merged-away ones never come back.
        verified = current;
    }

    /// <summary>
    /// Checks the footers of the files with the machine's fast CRC-32 (Lucene's own check,
    /// <see cref="AtomicReader.CheckIntegrity"/>, is several times slower: seconds rather than
    /// tenths for a large archive). A file without a footer (a format older than Lucene 4.8, or a
    /// footer hit by the damage) leaves the segment to Lucene's check, which knows which files
    /// must have one.
    /// </summary>
    private void Verify(SegmentReader segment, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            if (FooterMatches(Path.Combine(indexPath, file))) continue;
            segment.CheckIntegrity();
            return;
        }
    }

    /// <summary>Whether the file has a footer; throws if its bytes do not match the footer's checksum.</summary>
    private static bool FooterMatches(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        if (file.Length < FooterLength) return false;
        Span<byte> footer = stackalloc byte[FooterLength];
        file.Position = file.Length - FooterLength;
        file.ReadExactly(footer);
        if (BinaryPrimitives.ReadUInt32BigEndian(footer) != FooterMagic || BinaryPrimitives.ReadInt32BigEndian(footer[4..]) != 0) return false;
        var expected = BinaryPrimitives.ReadUInt64BigEndian(footer[8..]);

        file.Position = 0;
        var crc = new Crc32();
        var buffer = new byte[1 << 20];
        for (var left = file.Length - sizeof(ulong); left > 0;)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0) throw new EndOfStreamException($"{path} ended early");
            crc.Append(buffer.AsSpan(0, read));
            left -= read;
        }
        var actual = crc.GetCurrentHashAsUInt32();
        if (expected != actual)
            throw new CorruptIndexException($"checksum failed: expected={expected:x8} actual={actual:x8} (in {Path.GetFileName(path)})");
        return true;
    }
}
