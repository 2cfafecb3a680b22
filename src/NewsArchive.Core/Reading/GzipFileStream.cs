using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Decompresses a gzip file and tells, once it is read to the end, whether the file was whole.
/// GZipStream ends a cut-off file as if it were complete (dotnet/runtime#47563; its strict
/// validation is an opt-in, process-wide switch), which would silently drop the rest of the
/// file. The gzip trailer ends with the uncompressed length (mod 2^32), so comparing it with
/// what came out tells a whole file from a cut one.
/// </summary>
/// <remarks>
/// A file of several concatenated gzip members records only its last member's length, so it
/// is reported as well, but only after every article in it has been read.
/// </remarks>
internal sealed class GzipFileStream(FileStream file) : Stream
{
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
