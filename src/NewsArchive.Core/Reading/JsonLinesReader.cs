using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Reads JSON Lines (one article object a line), plain or gzip-compressed, streaming line by line
/// so that a file of any size is never held in memory. A bad line is reported and skipped; its
/// neighbours are still read.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    private static readonly string[] Extensions = [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"];

    public bool CanRead(string path) =>
        Extensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ReadResult> Read(string path, string fileId)
    {
        TextReader text;
        GzipFileStream? gzip;
        try
        {
            (text, gzip) = Open(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skipped(path, null, $"unreadable: {ex.Message}")];
        }
        return ReadLines(text, gzip, path, fileId);
    }

    private static (TextReader Text, GzipFileStream? Gzip) Open(string path)
    {
        var file = File.OpenRead(path);
        var gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GzipFileStream(file) : null;
        return (new StreamReader(gzip ?? (Stream)file, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), gzip);
    }

    private static IEnumerable<ReadResult> ReadLines(TextReader text, GzipFileStream? gzip, string path, string fileId)
    {
        using (text)
        {
            var lineNumber = 0;
            while (true)
            {
                string? line;
                string? failure = null;
                try
                {
                    line = text.ReadLine();
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException)
                {
                    line = null;
                    failure = ex.Message;
                }
                if (failure is not null)
                {
                    // A truncated or corrupt archive: keep what was read, report where it broke.
                    yield return ReadResult.Skipped(path, lineNumber + 1, $"unreadable from here on: {failure}");
                    yield break;
                }
                if (line is null)
                {
                    if (gzip is { IsComplete: false })
                        yield return ReadResult.Skipped(path, lineNumber + 1, "unreadable from here on: the compressed data ends early (the file is cut short or corrupt)");
                    yield break;
                }
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                yield return ParseLine(line, path, lineNumber, fileId);
            }
        }
    }

    private static ReadResult ParseLine(string line, string path, int lineNumber, string fileId)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ReadResult.Skipped(path, lineNumber, $"malformed JSON: {ex.Message}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return ReadResult.Skipped(path, lineNumber, "not a JSON object");
            return JsonArticleMapper.Map(json.RootElement, $"{fileId}-{lineNumber}", path, lineNumber);
        }
    }

    /// <summary>
    /// Decompresses a gzip file and tells, once it is read to the end, whether the file was whole.
    /// GZipStream ends a cut-off file as if it were complete (dotnet/runtime#47563; its strict
    /// validation is an opt-in, process-wide switch), which would silently drop the rest of the
    /// file. The gzip trailer ends with the uncompressed length (mod 2^32), so comparing it with
    /// what came out tells a whole file from a cut one.
    /// </summary>
    /// <remarks>
    /// A file of several concatenated gzip members records only its last member's length, so it
    /// is reported as well, but only after every line in it has been read.
    /// </remarks>
    private sealed class GzipFileStream(FileStream file) : Stream
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
}
