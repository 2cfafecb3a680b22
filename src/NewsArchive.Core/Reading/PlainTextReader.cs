namespace NewsArchive.Core.Reading;

/// <summary>
/// Reads a .txt file as one article, in whatever encoding it was saved, inferring its metadata
/// with <see cref="PlainTextArticleParser"/>; YAML front matter at its top, when there is any,
/// states metadata outright. A file that cannot be an article is reported, not thrown.
/// </summary>
public sealed class PlainTextReader : IArticleReader
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    private readonly ReadingOptions options;

    /// <summary>
    /// The whole file is read into memory to detect its encoding, so a limit keeps a stray log
    /// dump or disk image named .txt from exhausting memory; no news article comes near it.
    /// </summary>
    public PlainTextReader(long maxBytes = DefaultMaxBytes)
        : this(new ReadingOptions { MaxTextFileBytes = maxBytes })
    {
    }

    public PlainTextReader(ReadingOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxTextFileBytes);
        this.options = options;
    }

    public long MaxBytes => options.MaxTextFileBytes;

    public bool CanRead(string path) =>
        string.Equals(Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ReadResult> Read(string path, string fileId)
    {
        // Deferred like every reader's results, so nothing is read before the caller asks.
        var (text, problem) = TextFileLoader.Load(path, MaxBytes);
        yield return problem ?? FrontMatter.Read(text!, path, options, (body, _) => PlainTextArticleParser.Parse(fileId, body));
    }
}
