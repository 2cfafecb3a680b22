using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>Something about one input (a file, or one line of a file) that the reader could not use.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line for line-oriented formats, else null.</param>
/// <param name="Reason">A short, human-readable reason.</param>
public sealed record ReadProblem(string Path, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}

/// <summary>
/// What reading one input gave: an article (perhaps with warnings about parts of it that were
/// kept as unknown, such as an unreadable date), a problem that made it unusable, or (rarely)
/// only a warning about a file as a whole.
/// </summary>
public readonly record struct ReadResult
{
    public Article? Article { get; private init; }

    /// <summary>Why the input was skipped; null when an article was read.</summary>
    public ReadProblem? Problem { get; private init; }

    /// <summary>What was wrong with an article that was still indexed.</summary>
    public IReadOnlyList<ReadProblem> Warnings { get; private init; }

    public static ReadResult Of(Article article) => Of(article, []);

    public static ReadResult Of(Article article, IReadOnlyList<ReadProblem> warnings) =>
        new() { Article = article, Warnings = warnings };

    /// <summary>A warning about a file that belongs to none of its articles (how many more warnings it had).</summary>
    public static ReadResult Note(ReadProblem warning) => new() { Warnings = [warning] };

    public static ReadResult Skipped(string path, int? line, string reason) =>
        new() { Problem = new ReadProblem(path, line, reason), Warnings = [] };
}
