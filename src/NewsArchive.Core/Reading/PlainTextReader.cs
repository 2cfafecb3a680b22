using System.Globalization;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Reads a .txt file as one article, in whatever encoding it was saved, inferring its metadata
/// with <see cref="PlainTextArticleParser"/>. A file that cannot be an article is reported, not thrown.
/// </summary>
public sealed class PlainTextReader : IArticleReader
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The whole file is read into memory to detect its encoding, so a limit keeps a stray log
    /// dump or disk image named .txt from exhausting memory; no news article comes near it.
    /// </summary>
    public PlainTextReader(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }

    public bool CanRead(string path) =>
        string.Equals(Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ReadResult> Read(string path, string fileId)
    {
        // Deferred like every reader's results, so nothing is read before the caller asks.
        yield return ReadFile(path, fileId);
    }

    private ReadResult ReadFile(string path, string fileId)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > MaxBytes) return OverLimit(path);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Skipped(path, null, $"unreadable: {ex.Message}");
        }

        // The file may have grown since its length was checked.
        if (bytes.LongLength > MaxBytes) return OverLimit(path);
        if (TextDecoder.LooksBinary(bytes)) return ReadResult.Skipped(path, null, "binary file");

        var text = TextDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Skipped(path, null, "empty text");
        return ReadResult.Of(PlainTextArticleParser.Parse(fileId, text));
    }

    private ReadResult OverLimit(string path) =>
        ReadResult.Skipped(path, null, $"over the size limit ({FormatSize(MaxBytes)})");

    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
