namespace NewsArchive.Core.Reading.Html;

/// <summary>
/// Reads a saved news web page (.html, .htm) as one article: the story's text without the site
/// around it, and the metadata the page declares. A file that cannot be an article is reported,
/// not thrown, like every reader's.
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The whole page is read into memory and parsed into a tree several times its size, so a
    /// limit keeps a stray export or archive named .html from exhausting memory; a saved news
    /// page, even with inlined scripts and styles, comes nowhere near it.
    /// </summary>
    public HtmlArticleReader(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }

    public bool CanRead(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm";

    public IEnumerable<ReadResult> Read(string path, string fileId)
    {
        // Deferred like every reader's results, so nothing is read before the caller asks.
        yield return ReadFile(path, fileId);
    }

    private ReadResult ReadFile(string path, string fileId)
    {
        var (html, problem) = TextFileLoader.Load(path, MaxBytes, HtmlTextDecoder.Decode);
        return problem ?? HtmlArticleParser.Parse(html!, path, fileId);
    }
}
