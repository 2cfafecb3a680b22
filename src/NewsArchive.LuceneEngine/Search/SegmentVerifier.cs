using System.Buffers.Binary;
using System.IO.Hashing;
using Lucene.Net.Index;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>A file of the index does not match its checksum: bytes changed on disk after they were written.</summary>
public sealed class IndexDamagedException(string segment, Exception inner)
    : IOException($"Segment {segment} of the index is damaged: {inner.Message}", inner);

/// <summary>
/// Checks the checksum of every file of each segment a searcher is opened on, before it serves a
/// search. Lucene verifies checksums only when it merges, so without this a damaged stored-fields
/// file reads as garbage or ends a result list early while the archive says it is fine. Reading
/// every byte is the cost, so each file is checked once (Lucene never changes a file once written:
/// deletions and updated doc values go to files of a new name): a refresh checks only the files
/// the previous searcher did not have, and <see cref="VerifyUnchanged"/> only those that changed
/// on disk since. Belongs to one <see cref="ArchiveIndex"/>, and is called from its opening and
/// its refresh loop, one call at a time.
/// </summary>
internal sealed class SegmentVerifier(string indexPath)
{
    // Lucene's footer: CodecUtil.FOOTER_MAGIC, the checksum algorithm (0, CRC-32), and the CRC-32
    // of every byte before the checksum itself.
    private const int FooterLength = 16;
    private const uint FooterMagic = 0xC02893E8;

    private Dictionary<string, Stamp> verified = new(StringComparer.Ordinal);

    /// <summary>Throws <see cref="IndexDamagedException"/> for the first segment that fails.</summary>
    public void Verify(IndexReader reader)
    {
        var current = new Dictionary<string, Stamp>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            // The leaves of a directory reader are always segment readers.
            var segment = (SegmentReader)leaf.AtomicReader;
            try
            {
                foreach (var file in segment.SegmentInfo.GetFiles())
                    current[file] = verified.TryGetValue(file, out var known) && StillAsChecked(file, known) ? known : Check(segment, file);
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
    /// Checks again the files of the current searcher that changed on disk since they were
    /// checked: Lucene never rewrites a file, so one that changed was damaged in place (a failing
    /// disk, a stray write), which no new commit would bring to light. Costs a look at each file's
    /// size and time when nothing changed. Throws <see cref="IndexDamagedException"/> if one fails.
    /// </summary>
    public void VerifyUnchanged()
    {
        var changed = new List<(string File, Stamp Stamp)>();
        foreach (var (file, known) in verified)
        {
            if (StillAsChecked(file, known)) continue;
            try
            {
                var stamp = Check(file);
                if (!stamp.HasFooter) throw new CorruptIndexException($"{file} has lost its checksum footer");
                changed.Add((file, stamp));
            }
            catch (FileNotFoundException)
            {
                // Deleted just now: a newer commit has replaced it, and the next refresh opens that.
            }
            catch (IOException ex)
            {
                throw new IndexDamagedException(IndexFileNames.ParseSegmentName(file), ex);
            }
        }
        foreach (var (file, stamp) in changed) verified[file] = stamp;
    }

    /// <summary>
    /// Whether the file is as it was checked, or gone (a newer commit replaced it). A file without
    /// a footer can only be checked by its segment's reader, so it is taken as it is until the next
    /// opening.
    /// </summary>
    private bool StillAsChecked(string file, Stamp known)
    {
        var now = new FileInfo(Path.Combine(indexPath, file));
        return !now.Exists || !known.HasFooter || Stamp.Of(now, hasFooter: true) == known;
    }

    /// <summary>
    /// Checks the file's footer with the machine's fast CRC-32 (Lucene's own check,
    /// <see cref="AtomicReader.CheckIntegrity"/>, is several times slower: seconds rather than
    /// tenths for a large archive). A file without a footer (a format older than Lucene 4.8, or a
    /// footer hit by the damage) leaves the segment to Lucene's check, which knows which files
    /// must have one.
    /// </summary>
    private Stamp Check(SegmentReader segment, string file)
    {
        var stamp = Check(file);
        if (!stamp.HasFooter) segment.CheckIntegrity();
        return stamp;
    }

    /// <summary>The file as it was checked; throws if its bytes do not match its footer's checksum.</summary>
    private Stamp Check(string file)
    {
        var path = Path.Combine(indexPath, file);
        // Taken first: a change made while the file is read shows at the next look.
        var before = Stamp.Of(new FileInfo(path), hasFooter: true);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        if (stream.Length < FooterLength) return before with { HasFooter = false };
        Span<byte> footer = stackalloc byte[FooterLength];
        stream.Position = stream.Length - FooterLength;
        stream.ReadExactly(footer);
        if (BinaryPrimitives.ReadUInt32BigEndian(footer) != FooterMagic || BinaryPrimitives.ReadInt32BigEndian(footer[4..]) != 0)
            return before with { HasFooter = false };
        var expected = BinaryPrimitives.ReadUInt64BigEndian(footer[8..]);

        stream.Position = 0;
        var crc = new Crc32();
        var buffer = new byte[Math.Min(1 << 20, stream.Length)];
        for (var left = stream.Length - sizeof(ulong); left > 0;)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0) throw new EndOfStreamException($"{file} ended early");
            crc.Append(buffer.AsSpan(0, read));
            left -= read;
        }
        var actual = crc.GetCurrentHashAsUInt32();
        if (expected != actual)
            throw new CorruptIndexException($"checksum failed: expected={expected:x8} actual={actual:x8} (in {file})");
        return before;
    }

    private readonly record struct Stamp(long Length, DateTime Written, bool HasFooter)
    {
        public static Stamp Of(FileInfo file, bool hasFooter) => new(file.Length, file.LastWriteTimeUtc, hasFooter);
    }
}
