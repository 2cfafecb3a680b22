using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>Why one input (a file, or one line of a file) could not be used.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line for line-oriented formats, else null.</param>
/// <param name="Reason">A short, human-readable reason.</param>
public sealed record ReadProblem(string Path, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}

/// <summary>What reading one input gave: an article or a problem, never both.</summary>
public readonly record struct ReadResult
{
    public Article? Article { get; private init; }
    public ReadProblem? Problem { get; private init; }

    public static ReadResult Of(Article article) => new() { Article = article };
    public static ReadResult Skipped(string path, int? line, string reason) => new() { Problem = new ReadProblem(path, line, reason) };
}
