namespace NewsArchive.Core.Articles;

/// <summary>One news article as the archive knows it, whatever file it came from.</summary>
public sealed record Article
{
    /// <summary>Stable identifier: given by the source, or derived from the file path.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The text, paragraphs separated by a blank line.</summary>
    public required string Body { get; init; }

    /// <summary>The outlet or agency, when the source states it.</summary>
    public string? Source { get; init; }

    /// <summary>Publication time in UTC; null when the source does not state it.</summary>
    public DateTimeOffset? Date { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Place (and sometimes date) the story was filed from, e.g. "BEIJING".</summary>
    public string? Dateline { get; init; }

    /// <summary>Keyword lists by facet name, e.g. "topics" → ["cocoa"].</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The paragraphs of <see cref="Body"/>.</summary>
    public IEnumerable<string> Paragraphs => Articles.Paragraphs.Split(Body);
}
