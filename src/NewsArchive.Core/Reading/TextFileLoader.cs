namespace NewsArchive.Core.Reading;

/// <summary>
/// Loads a whole text file of unknown encoding (plain text, Markdown, web pages) for the readers
/// that parse a file as one article, refusing what is too big or is not text, with the same
/// words whatever the file type.
/// </summary>
internal static class TextFileLoader
{
    /// <summary>The file's text, or the problem that makes it unusable.</summary>
    public static (string? Text, ReadResult? Problem) Load(string path, long maxBytes) => Load(path, maxBytes, bytes => TextDecoder.Decode(bytes));

    /// <summary>The same, with a decoder of the format's own (a web page declares its charset).</summary>
    public static (string? Text, ReadResult? Problem) Load(string path, long maxBytes, Func<byte[], string> decode)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > maxBytes) return (null, OverLimit(path, maxBytes));
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, ReadResult.Skipped(path, null, $"unreadable: {ex.Message}"));
        }

        // The file may have grown since its length was checked.
        if (bytes.LongLength > maxBytes) return (null, OverLimit(path, maxBytes));
        if (TextDecoder.LooksBinary(bytes)) return (null, ReadResult.Skipped(path, null, "binary file"));

        var text = decode(bytes);
        if (string.IsNullOrWhiteSpace(text)) return (null, ReadResult.Skipped(path, null, "empty text"));
        return (text, null);
    }

    private static ReadResult OverLimit(string path, long maxBytes) =>
        ReadResult.Skipped(path, null, $"over the size limit ({ByteSize.Format(maxBytes)})");
}
