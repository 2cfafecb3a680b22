using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Reads a Markdown file (.md, .markdown) as one article: metadata from its YAML front matter,
/// the body as plain paragraphs, the title from the front matter, else the text's own title
/// heading, else its first sentence.
/// </summary>
public sealed class MarkdownReader(ReadingOptions options) : IArticleReader
{
    private static readonly string[] Extensions = [".md", ".markdown"];

    public MarkdownReader() : this(ReadingOptions.Default)
    {
    }

    public bool CanRead(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ReadResult> Read(string path, string fileId)
    {
        // Deferred like every reader's results, so nothing is read before the caller asks.
        var (text, problem) = TextFileLoader.Load(path, options.MaxTextFileBytes);
        yield return problem ?? FrontMatter.Read(text!, path, options, (body, title) => Parse(fileId, body, title));
    }

    /// <summary>The article a Markdown text makes on its own, before any front matter overrides it.</summary>
    /// <param name="statedTitle">
    /// The title the front matter states: the text's title heading then stays in the body,
    /// unless it says the same, so no words are lost to a title that replaces it.
    /// </param>
    public static Article Parse(string id, string markdown, string? statedTitle = null)
    {
        var text = MarkdownText.ToPlain(markdown);
        var keepHeading = statedTitle is not null && !string.Equals(statedTitle, text.Title, StringComparison.OrdinalIgnoreCase);
        return new Article
        {
            Id = id,
            Title = statedTitle ?? text.Title ?? Headline.FromText(text.Body),
            Body = keepHeading ? text.WithTitle : text.Body,
        };
    }
}
