using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Decompresses a gzip file, bounded, and tells, once it is read to the end, whether the file
/// was whole. GZipStream ends a cut-off file as if it were complete (dotnet/runtime#47563; its
/// strict validation is an opt-in, process-wide switch), which would silently drop the rest of
/// the file. The gzip trailer ends with the uncompressed length (mod 2^32), so comparing it with
/// what came out tells a whole file from a cut one.
/// </summary>
/// <remarks>
/// A file of several concatenated gzip members records only its last member's length, so it
/// is reported as well, but only after every article in it has been read.
/// A few megabytes of gzip can expand to terabytes; past <see cref="ReadingOptions.MaxDecompressedBytes"/>,
/// or expanding more than <see cref="ReadingOptions.MaxCompressionRatio"/> times, reading fails
/// as a corrupt file does, and the reader keeps what came before and reports the rest.
/// </remarks>
internal sealed class GzipFileStream(FileStream file, long maxBytes, int maxRatio) : Stream
{
    /// <summary>Below this, a high ratio proves nothing (a small file of repeated text) and costs nothing.</summary>
    public const long RatioFloorBytes = 64 * 1024 * 1024;

    private const int MinFileLength = 18; // 10-byte header, empty deflate block, trailer

    private readonly GZipStream gzip = new(file, CompressionMode.Decompress);
    private long decompressed;

    public bool IsComplete
    {
        get
        {
            var length = file.Length;
            if (length < MinFileLength) return false;
            Span<byte> size = stackalloc byte[4];
            RandomAccess.Read(file.SafeFileHandle, size, length - 4);
            return BinaryPrimitives.ReadUInt32LittleEndian(size) == (uint)decompressed;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = gzip.Read(buffer);
        decompressed += read;
        if (decompressed > maxBytes)
            throw new InvalidDataException($"it expands past the limit of {ByteSize.Format(maxBytes)}");
        if (decompressed > RatioFloorBytes && decompressed > maxRatio * Math.Max(1, file.Position))
            throw new InvalidDataException($"it expands more than {maxRatio} times its compressed size, like a compression bomb");
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) gzip.Dispose();
        base.Dispose(disposing);
    }
}
