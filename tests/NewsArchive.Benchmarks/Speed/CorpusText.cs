using System.IO.Compression;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>JSON Lines corpus files, plain or gzip-compressed, read as text.</summary>
internal static class CorpusText
{
    public static TextReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (IsGzip(path)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, bufferSize: 1 << 16);
    }

    /// <summary>The bytes of text the indexer reads: decompressed for a .gz file, else the file's size.</summary>
    public static long UncompressedBytes(string path)
    {
        if (!IsGzip(path)) return new FileInfo(path).Length;
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var buffer = new byte[1 << 16];
        long total = 0;
        for (int read; (read = gzip.Read(buffer)) > 0;) total += read;
        return total;
    }

    private static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
}
